package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;
import java.time.Year;
import java.util.Locale;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.pledge.Alignment;

/**
 * The directory's filters, each optional (null: any). The text matches either name, in any
 * case, or the UBN; the year range bounds the near-term target year (inclusive), so members
 * without an approved near-term target drop out when a bound is set.
 */
public record DirectoryFilter(IndustryGroup group, PledgeStanding pledge, Alignment alignment, Year nearTermFrom,
                              Year nearTermTo, TrackBadge track, String text) implements Serializable {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null, null);

    public DirectoryFilter {
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(DirectoryRow row) {
        return (group == null || row.group() == group)
                && (pledge == null || row.pledge() == pledge)
                && (alignment == null || row.alignment() == alignment)
                && (nearTermFrom == null || row.nearTermYear() != null && !row.nearTermYear().isBefore(nearTermFrom))
                && (nearTermTo == null || row.nearTermYear() != null && !row.nearTermYear().isAfter(nearTermTo))
                && (track == null || row.track() == track)
                && (text == null || contains(row.nameEn()) || contains(row.nameZh()) || row.ubn().equals(text));
    }

    private boolean contains(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).contains(text);
    }
}
