package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;
import java.time.Year;
import java.util.Locale;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.pledge.Alignment;

/**
 * The directory's filters, each optional (null: any). The text matches either name, in any
 * case, or the UBN; the year range bounds the near-term target year (inclusive), so members
 * without an approved near-term target drop out when a bound is set. The alignment per boundary
 * (scope 1+2, scope 3) matches the row's near-term target on that boundary, so members without
 * one drop out when it is set.
 */
public record DirectoryFilter(IndustryGroup group, PledgeStanding pledge, Alignment alignment, Year nearTermFrom,
                              Year nearTermTo, TrackBadge track, String text, Alignment scope12Alignment,
                              Alignment scope3Alignment) implements Serializable {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null, null, null, null);

    /** The filters without the per-boundary alignments. */
    public DirectoryFilter(IndustryGroup group, PledgeStanding pledge, Alignment alignment, Year nearTermFrom,
                           Year nearTermTo, TrackBadge track, String text) {
        this(group, pledge, alignment, nearTermFrom, nearTermTo, track, text, null, null);
    }

    public DirectoryFilter {
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    /** No filter set: every row matches. */
    public boolean isNone() {
        return equals(NONE);
    }

    /**
     * @param searchText the row's names in lower case ({@link Locale#ROOT}), as the snapshot keeps them
     */
    public boolean matches(DirectoryRow row, String searchText) {
        return (group == null || row.group() == group)
                && (pledge == null || row.pledge() == pledge)
                && (alignment == null || row.alignment() == alignment)
                && (nearTermFrom == null || row.nearTermYear() != null && !row.nearTermYear().isBefore(nearTermFrom))
                && (nearTermTo == null || row.nearTermYear() != null && !row.nearTermYear().isAfter(nearTermTo))
                && (track == null || row.track() == track)
                && (scope12Alignment == null || row.scope12Alignment() == scope12Alignment)
                && (scope3Alignment == null || row.scope3Alignment() == scope3Alignment)
                && (text == null || searchText.contains(text) || Ubn.isPrefix(text) && row.ubn().startsWith(text));
    }
}
