package tw.netzero.portal.domain.model.intensity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Every active member's accepted years with net revenue or production output, as open data (decision 0048):
 * by company (English name, then UBN), each company's years oldest first, with when the data last changed.
 */
public record MemberIntensities(List<MemberIntensity> rows, Instant asOf) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<MemberIntensity> ORDER = Comparator
            .comparing(MemberIntensity::nameEn, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(MemberIntensity::ubn)
            .thenComparing(row -> row.year().year());

    public MemberIntensities {
        rows = rows.stream().sorted(ORDER).toList();
    }
}
