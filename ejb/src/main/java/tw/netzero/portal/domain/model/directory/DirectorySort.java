package tw.netzero.portal.domain.model.directory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns the directory sorts by. Rows without a value come last in either direction; ties
 * are broken by English name and id, so pages never overlap.
 */
public enum DirectorySort {
    NAME_EN("name-en", DirectoryRow::nameEn),
    NAME_ZH("name-zh", DirectoryRow::nameZh),
    /** In the order the alliance lists its groups (steel first). */
    GROUP("group", DirectoryRow::group),
    MEMBER_SINCE("member-since", DirectoryRow::memberSince),
    PLEDGE("pledge", DirectoryRow::pledge),
    ALIGNMENT("alignment", DirectoryRow::alignment),
    SCOPE12_ALIGNMENT("scope12-alignment", DirectoryRow::scope12Alignment),
    SCOPE3_ALIGNMENT("scope3-alignment", DirectoryRow::scope3Alignment),
    NEAR_TERM_YEAR("near-term-year", DirectoryRow::nearTermYear),
    NET_ZERO_YEAR("net-zero-year", DirectoryRow::netZeroYear),
    LATEST_YEAR("latest-year", DirectoryRow::latestReportedYear),
    TRACK("track", DirectoryRow::track);

    private static final Comparator<DirectoryRow> TIE_BREAK = Comparator.comparing(DirectoryRow::nameEn,
            String.CASE_INSENSITIVE_ORDER).thenComparingLong(DirectoryRow::companyId);

    private final String parameter;
    private final Function<DirectoryRow, ? extends Comparable<?>> key;

    DirectorySort(String parameter, Function<DirectoryRow, ? extends Comparable<?>> key) {
        this.parameter = parameter;
        this.key = key;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<DirectorySort> ofParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<DirectoryRow> comparator(boolean ascending) {
        Comparator<Comparable> values = this == NAME_EN ? (Comparator) String.CASE_INSENSITIVE_ORDER
                : Comparator.naturalOrder();
        Comparator<Comparable> direction = ascending ? values : values.reversed();
        Comparator<DirectoryRow> primary = Comparator.comparing(row -> (Comparable) key.apply(row),
                Comparator.nullsLast(direction));
        return primary.thenComparing(TIE_BREAK);
    }
}
