package tw.netzero.portal.domain.model.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The members' filed scope 1 + 2 per year, every year filed up to the last one reported (issue 17,
 * item 1: the trend beside the city budget; decision 0058). Counted as {@link CityBudgetUse} counts a
 * period's years: scope 1 + location-based scope 2 of each accepted, current filing, members since left
 * included for the years they were in. As filed, so a year's total also moves with the members that
 * filed it: each year says how many did.
 */
public record FiledScope12Trend(List<Point> years) implements Serializable {

    /** The bar of the largest year is this wide (per cent of the column). */
    static final int FULL_BAR = 100;

    /**
     * @param barPercent the year's total against the largest year's, in whole per cent (for its bar)
     */
    public record Point(Year year, int members, Emissions filed, int barPercent) implements Serializable {
    }

    public FiledScope12Trend {
        years = List.copyOf(years);
    }

    /** The years filed up to {@code lastYear}, the earliest first; none when nothing is filed. */
    public static FiledScope12Trend of(List<MemberYearTotal> filedYears, Year lastYear) {
        Builder builder = new Builder(lastYear);
        filedYears.forEach(builder::add);
        return builder.build();
    }

    /** {@link #of} with the filed years taken one at a time, in any order, as they stream (decision 0059). */
    public static final class Builder {

        private final Year lastYear;
        private final Map<Year, Emissions> filed = new TreeMap<>();
        private final Map<Year, Set<Long>> members = new TreeMap<>();

        public Builder(Year lastYear) {
            this.lastYear = lastYear;
        }

        public void add(MemberYearTotal year) {
            if (year.figures() != null && !year.year().isAfter(lastYear)) {
                filed.merge(year.year(), CityBudgetUse.scope12(year.figures()), Emissions::add);
                members.computeIfAbsent(year.year(), y -> new HashSet<>()).add(year.companyId());
            }
        }

        public FiledScope12Trend build() {
            Emissions largest = filed.values().stream().max(Emissions::compareTo).orElse(Emissions.ZERO);
            return new FiledScope12Trend(filed.entrySet().stream()
                    .map(entry -> new Point(entry.getKey(), members.get(entry.getKey()).size(), entry.getValue(),
                            barOf(entry.getValue(), largest)))
                    .toList());
        }
    }

    /** The share of the largest year, rounded down, at least 1 % for a year with any emissions. */
    private static int barOf(Emissions year, Emissions largest) {
        if (largest.isZero() || year.isZero()) {
            return 0;
        }
        int percent = year.tonnes().multiply(BigDecimal.valueOf(FULL_BAR))
                .divide(largest.tonnes(), 0, RoundingMode.DOWN).intValue();
        return Math.max(1, percent);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
