package tw.netzero.portal.domain.model.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * How much of a city budget period the members' filed emissions take, in all and per industry
 * group, beside what their pledged pathways allow in the same years (issue 17, item 1; decision 0037).
 *
 * <ul>
 * <li><b>Filed</b>: scope 1 + location-based scope 2 of each accepted, current filing of a year of the
 *     period (members since left included: they were members that year). A city budget counts the
 *     emissions of the city's territory and of the grid power used in it, at the grid's factor: scope 2
 *     location-based (GHG Protocol Global Protocol for Community-Scale Greenhouse Gas Inventories, GPC
 *     2014, scope 2), not a member's contractual market-based figure.</li>
 * <li><b>Share</b>: filed ÷ the city's budget for the period, in per cent (two decimals, truncated).</li>
 * <li><b>Pledged</b>: the scope 1+2 part of each active member's pledge in force, summed over the
 *     period's years from its base year: an absolute scope 1+2 target's pathway ({@link TargetPathway})
 *     where the pledge has one, else the pledge's whole pathway ({@link Pathway#of}) times the scope 1+2
 *     share of its base-year inventory (its scope mix kept as in the base year).</li>
 * </ul>
 */
public record CityBudgetUse(Year firstYear, Year lastYear, Emissions cityBudget, String source, Line all,
                            List<Line> groups, List<YearLine> years) implements Serializable {

    /** Shares are per cent with two decimals, truncated (never lifted over a threshold). */
    public static final int SHARE_SCALE = 2;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * @param group      null for the whole alliance
     * @param members    members with at least one filed year in the period
     * @param sharePercent filed ÷ the city's budget × 100
     * @param pledged    the pledged scope 1+2 pathway over the period's years
     */
    public record Line(IndustryGroup group, int members, Emissions filed, BigDecimal sharePercent, Emissions pledged)
            implements Serializable {
    }

    /** One year of the period: the members that filed it, their scope 1+2 and their pledged pathway. */
    public record YearLine(Year year, int members, Emissions filed, Emissions pledged) implements Serializable {
    }

    public static CityBudgetUse of(CityBudgetPeriod period, List<MemberYearTotal> filedYears,
                                   List<PledgeInForce> pledges) {
        Builder builder = new Builder(period);
        filedYears.forEach(builder::add);
        return builder.build(pledges);
    }

    /**
     * {@link #of} with the filed years taken one at a time, in any order, as they stream from the
     * database; only the period's sums and its filers are kept (decision 0059).
     */
    public static final class Builder {

        private final CityBudgetPeriod period;
        private final Map<IndustryGroup, Tally> byGroup = new EnumMap<>(IndustryGroup.class);
        private final Tally all = new Tally();
        private final Map<Year, Set<Long>> filers = new HashMap<>();
        private final Map<Year, Emissions> filed = new HashMap<>();

        public Builder(CityBudgetPeriod period) {
            this.period = period;
        }

        public void add(MemberYearTotal filedYear) {
            Year year = filedYear.year();
            if (filedYear.figures() == null || year.isBefore(period.firstYear()) || year.isAfter(period.lastYear())) {
                return;
            }
            Emissions scope12 = scope12(filedYear.figures());
            filers.computeIfAbsent(year, y -> new HashSet<>()).add(filedYear.companyId());
            filed.merge(year, scope12, Emissions::add);
            all.filed(filedYear.companyId(), scope12);
            byGroup.computeIfAbsent(filedYear.group(), g -> new Tally()).filed(filedYear.companyId(), scope12);
        }

        public CityBudgetUse build(List<PledgeInForce> pledges) {
            List<YearLine> years = new ArrayList<>();
            for (int y = period.firstYear().getValue(); y <= period.lastYear().getValue(); y++) {
                Year year = Year.of(y);
                Emissions pledgedInYear = Emissions.ZERO;
                for (PledgeInForce pledge : pledges) {
                    Optional<Emissions> allowed = pledgedScope12(pledge.terms(), year);
                    if (allowed.isPresent()) {
                        pledgedInYear = pledgedInYear.add(allowed.get());
                        all.pledged(allowed.get());
                        byGroup.computeIfAbsent(pledge.group(), g -> new Tally()).pledged(allowed.get());
                    }
                }
                years.add(new YearLine(year, filers.getOrDefault(year, Set.of()).size(),
                        filed.getOrDefault(year, Emissions.ZERO), pledgedInYear));
            }
            List<Line> groups = byGroup.entrySet().stream()
                    .map(entry -> entry.getValue().line(entry.getKey(), period.cityBudget()))
                    .toList();
            return new CityBudgetUse(period.firstYear(), period.lastYear(), period.cityBudget(), period.source(),
                    all.line(null, period.cityBudget()), groups, years);
        }
    }

    /** Scope 1 + location-based scope 2 (GPC 2014: grid energy at the grid's factor). */
    static Emissions scope12(ReportingYearFigures figures) {
        return figures.scope1AndLocationBasedScope2();
    }

    /** The scope 1+2 part of the pledged pathway in a year; empty before the pledge's base year. */
    static Optional<Emissions> pledgedScope12(PledgeTerms terms, Year year) {
        if (year.isBefore(terms.baseYear())) {
            return Optional.empty();
        }
        Optional<TargetPathway> scope12Target = TargetPathway.allOf(terms.targets()).stream()
                .filter(pathway -> pathway.measuredTarget().boundary() == TargetBoundary.SCOPE_1_2
                        && !pathway.isIntensity())
                .findFirst();
        if (scope12Target.isPresent()) {
            return Optional.of(Emissions.of(scope12Target.get().allowedIn(year)));
        }
        Emissions whole = Pathway.of(terms).allowedIn(year);
        Emissions baseTotal = terms.inventory().total();
        if (baseTotal.isZero()) {
            return Optional.of(Emissions.ZERO);
        }
        return Optional.of(Emissions.of(whole.tonnes().multiply(terms.inventory().scope12().tonnes())
                .divide(baseTotal.tonnes(), Emissions.SCALE, RoundingMode.HALF_UP)));
    }

    /** A share of the budget in per cent, truncated to two decimals. */
    static BigDecimal shareOf(Emissions part, Emissions budget) {
        return part.tonnes().multiply(HUNDRED).divide(budget.tonnes(), SHARE_SCALE, RoundingMode.DOWN);
    }

    /** Sums for one line, with the members counted once. */
    private static final class Tally {
        private final Set<Long> members = new HashSet<>();
        private Emissions filed = Emissions.ZERO;
        private Emissions pledged = Emissions.ZERO;

        void filed(long companyId, Emissions tonnes) {
            members.add(companyId);
            filed = filed.add(tonnes);
        }

        void pledged(Emissions tonnes) {
            pledged = pledged.add(tonnes);
        }

        Line line(IndustryGroup group, Emissions budget) {
            return new Line(group, members.size(), filed, shareOf(filed, budget), pledged);
        }
    }
}
