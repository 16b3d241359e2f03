package tw.netzero.portal.domain.model.alliance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The alliance's emissions year by year, told apart from changes of who is counted (issue 22;
 * definitions in docs/domain-rules.md, "Alliance figures"):
 *
 * <ul>
 * <li>a member's <b>figure</b> for a year is its accepted filing measured as its pledge's base year
 *     was (same scope 2 method, {@link FilingTotals#measuredLike}); without a pledge, scope 1 +
 *     market-based scope 2 + scope 3; a year that is not comparable with the base year (a covered
 *     scope 3 category not evaluated) has no figure;</li>
 * <li>a year's <b>total</b> adds the figures of every member with one, members since left included
 *     (they were members that year); its <b>coverage</b> is the members counted against the active
 *     members, and the share of the alliance's base-year emissions (the base-year totals of the
 *     active members' pledges in force) that the counted members hold;</li>
 * <li>a year below the coverage threshold is <b>provisional</b>: its total says who has filed, not
 *     how emissions moved;</li>
 * <li>the <b>like-for-like change</b> from one year to the next is taken over the members with a
 *     figure for both (a constant cohort) and chained into an index, 100 in the first year;</li>
 * <li>the <b>bridge</b> goes from the previous year's total as first reported to this year's: the
 *     restatements since (accepted corrections), the members that joined the count, those that left
 *     the alliance, those still members without a figure (yet), and the real change of the cohort;</li>
 * <li>the <b>pathway</b> and the <b>city's goals</b> are summed over the same members as the
 *     emissions they are compared with: the counted members with a pledge whose base year has begun.</li>
 * </ul>
 */
public final class AllianceSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Below this share of the alliance's base-year emissions a year is provisional, unless the
     * secretariat sets another (issue 22: the secretariat's default, 80 %).
     */
    public static final Percentage DEFAULT_COVERAGE_THRESHOLD = Percentage.of("80");

    /** The chained index's first year. */
    public static final BigDecimal INDEX_BASE = new BigDecimal("100");

    private static final MathContext CHAIN = MathContext.DECIMAL64;
    private static final int SHOWN_SCALE = 1;

    private final Percentage threshold;
    private final List<AllianceYear> years;

    private AllianceSeries(Percentage threshold, List<AllianceYear> years) {
        this.threshold = threshold;
        this.years = years;
    }

    /** One year of the alliance, with its coverage, the like-for-like change from the year before and the bridge. */
    public record AllianceYear(Year year, int membersCounted, int membersNotComparable, long activeMembers,
                               Emissions total, Percentage baseYearCoverage, boolean provisional,
                               SameMembers sameMembers, YearOnYear change, Bridge bridge) implements Serializable {

        /** The total when the year is not provisional; null otherwise, so it is never read as a fall. */
        public Emissions confirmedTotal() {
            return provisional ? null : total;
        }
    }

    /**
     * The counted members with a pledge whose base year has begun: their emissions, the sum of
     * their pathways and the sum of the city's goals applied to their own base-year emissions.
     */
    public record SameMembers(int members, Emissions actual, Emissions pledged, Emissions cityGoals)
            implements Serializable {
    }

    /**
     * The change over the members with a figure for this year and the one before.
     *
     * @param percent signed, one decimal; negative is a reduction
     * @param index   the chained index, 100 in the series' first year, one decimal; null once a year had no cohort
     */
    public record YearOnYear(Year previousYear, int cohort, Emissions previous, Emissions current, BigDecimal percent,
                             BigDecimal index) implements Serializable {
    }

    /**
     * From the previous year's total as first reported to this year's total, in signed tonnes:
     * {@code previousAsFirstReported + restatements + joined - left - notFiled + realChange = total}.
     */
    public record Bridge(Year previousYear, BigDecimal previousAsFirstReported, BigDecimal restatements,
                         int joinedMembers, BigDecimal joined, int leftMembers, BigDecimal left,
                         int notFiledMembers, BigDecimal notFiled, BigDecimal realChange, BigDecimal total)
            implements Serializable {
    }

    /** A member's figure for a year, and the figure the year was first reported with. */
    private record Figure(Emissions now, Emissions firstReported, boolean stillMember) {
    }

    /**
     * A pledge in force, with the lines compared year by year made once: its pathway and the
     * city's goals applied to its base year (base years are never in the future, so before 2050).
     */
    private record Pledged(Pathway pathway, Pathway cityGoals, BigDecimal baseYearTonnes) {

        static Pledged of(PledgeInForce pledge) {
            Emissions base = pledge.terms().inventory().total();
            return new Pledged(pledge.pathway(), CityTargets.appliedTo(base, pledge.terms().inventory().year()),
                    base.tonnes());
        }
    }

    /**
     * The series from the first year with a figure up to {@code lastYear}.
     *
     * @param activeMembers the members active now (the coverage's denominator)
     * @param pledges       the active members' pledges in force
     */
    public static AllianceSeries of(List<MemberYearTotal> memberYears, List<PledgeInForce> pledges, long activeMembers,
                                    Percentage threshold, Year lastYear) {
        Builder builder = new Builder(pledges);
        memberYears.forEach(builder::add);
        return builder.build(activeMembers, threshold, lastYear);
    }

    /**
     * Takes the member-years one at a time, in any order, as they stream from the database, and keeps
     * only each one's figure: at 100,000 members the rows read whole did not fit in the heap (decision 0059).
     */
    public static final class Builder {

        private final List<PledgeInForce> pledges;
        private final Map<Long, PledgeInForce> pledgeOf;
        private final Map<Year, Map<Long, Figure>> figures = new TreeMap<>();
        private final Map<Year, Integer> notComparable = new HashMap<>();

        /** @param pledges the active members' pledges in force */
        public Builder(List<PledgeInForce> pledges) {
            this.pledges = pledges;
            this.pledgeOf = pledges.stream().collect(Collectors.toMap(PledgeInForce::companyId, Function.identity()));
        }

        public void add(MemberYearTotal memberYear) {
            PledgeInForce pledge = pledgeOf.get(memberYear.companyId());
            Optional<Emissions> now = measured(memberYear.totals(), pledge);
            if (now.isEmpty()) {
                notComparable.merge(memberYear.year(), 1, Integer::sum);
                return;
            }
            // A first revision not comparable with the base year: the correction is what made it comparable.
            Emissions first = measured(memberYear.firstAccepted(), pledge).orElse(now.get());
            figures.computeIfAbsent(memberYear.year(), year -> new HashMap<>())
                    .put(memberYear.companyId(), new Figure(now.get(), first, memberYear.stillMember()));
        }

        /**
         * The series from the first year with a figure up to {@code lastYear}.
         *
         * @param activeMembers the members active now (the coverage's denominator)
         */
        public AllianceSeries build(long activeMembers, Percentage threshold, Year lastYear) {
            Objects.requireNonNull(threshold, "threshold");
            Map<Long, Pledged> pledged = pledges.stream()
                    .collect(Collectors.toMap(PledgeInForce::companyId, Pledged::of));
            Emissions allianceBase = pledges.stream().map(pledge -> pledge.terms().inventory().total())
                    .reduce(Emissions::add).orElse(null);

            List<AllianceYear> years = new ArrayList<>();
            if (figures.isEmpty()) {
                return new AllianceSeries(threshold, List.of());
            }
            Year first = figures.keySet().iterator().next();
            BigDecimal chained = INDEX_BASE;
            Map<Long, Figure> previous = null;
            for (Year year = first; !year.isAfter(lastYear); year = year.plusYears(1)) {
                Map<Long, Figure> counted = figures.getOrDefault(year, Map.of());
                Emissions total = sum(counted.values().stream().map(Figure::now).toList());
                Percentage coverage = allianceBase == null || allianceBase.isZero() ? null
                        : Percentage.ofShare(counted.keySet().stream().map(pledged::get).filter(Objects::nonNull)
                                .map(Pledged::baseYearTonnes).reduce(BigDecimal.ZERO, BigDecimal::add),
                                allianceBase.tonnes());
                boolean provisional = counted.isEmpty() || coverage == null || !coverage.isAtLeast(threshold);
                YearOnYear change = null;
                Bridge bridge = null;
                if (previous != null) {
                    Map<Long, Figure> before = previous;
                    List<Long> cohort = counted.keySet().stream().filter(before::containsKey).toList();
                    Emissions cohortBefore = sum(cohort.stream().map(id -> before.get(id).now()).toList());
                    Emissions cohortNow = sum(cohort.stream().map(id -> counted.get(id).now()).toList());
                    BigDecimal ratio = cohort.isEmpty() || cohortBefore.isZero() ? null
                            : cohortNow.tonnes().divide(cohortBefore.tonnes(), CHAIN);
                    chained = chained == null || ratio == null ? null : chained.multiply(ratio, CHAIN);
                    change = new YearOnYear(year.minusYears(1), cohort.size(), cohortBefore, cohortNow,
                            ratio == null ? null : ratio.subtract(BigDecimal.ONE).multiply(INDEX_BASE)
                                    .setScale(SHOWN_SCALE, RoundingMode.HALF_UP),
                            chained == null ? null : chained.setScale(SHOWN_SCALE, RoundingMode.HALF_UP));
                    bridge = bridge(year.minusYears(1), before, counted,
                            cohortNow.tonnes().subtract(cohortBefore.tonnes()), total);
                }
                years.add(new AllianceYear(year, counted.size(), notComparable.getOrDefault(year, 0), activeMembers,
                        total, coverage, provisional, sameMembers(year, counted, pledged),
                        change == null ? new YearOnYear(null, 0, null, null, null, INDEX_BASE.setScale(SHOWN_SCALE))
                                : change,
                        bridge));
                previous = counted;
            }
            return new AllianceSeries(threshold, Collections.unmodifiableList(years));
        }
    }

    private static Bridge bridge(Year previousYear, Map<Long, Figure> before, Map<Long, Figure> now,
                                 BigDecimal realChange, Emissions total) {
        BigDecimal firstReported = BigDecimal.ZERO;
        BigDecimal restatements = BigDecimal.ZERO;
        BigDecimal left = BigDecimal.ZERO;
        BigDecimal notFiled = BigDecimal.ZERO;
        int leftMembers = 0;
        int notFiledMembers = 0;
        for (Map.Entry<Long, Figure> entry : before.entrySet()) {
            Figure figure = entry.getValue();
            firstReported = firstReported.add(figure.firstReported().tonnes());
            restatements = restatements.add(figure.now().tonnes().subtract(figure.firstReported().tonnes()));
            if (!now.containsKey(entry.getKey())) {
                if (figure.stillMember()) {
                    notFiled = notFiled.add(figure.now().tonnes());
                    notFiledMembers++;
                } else {
                    left = left.add(figure.now().tonnes());
                    leftMembers++;
                }
            }
        }
        BigDecimal joined = BigDecimal.ZERO;
        int joinedMembers = 0;
        for (Map.Entry<Long, Figure> entry : now.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                joined = joined.add(entry.getValue().now().tonnes());
                joinedMembers++;
            }
        }
        return new Bridge(previousYear, firstReported, restatements, joinedMembers, joined, leftMembers, left,
                notFiledMembers, notFiled, realChange, total.tonnes());
    }

    private static SameMembers sameMembers(Year year, Map<Long, Figure> counted, Map<Long, Pledged> pledged) {
        int members = 0;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal pathways = BigDecimal.ZERO;
        BigDecimal cityGoals = BigDecimal.ZERO;
        for (Map.Entry<Long, Figure> entry : counted.entrySet()) {
            Pledged pledge = pledged.get(entry.getKey());
            if (pledge == null || year.isBefore(pledge.pathway().firstYear())) {
                continue;
            }
            members++;
            actual = actual.add(entry.getValue().now().tonnes());
            pathways = pathways.add(pledge.pathway().allowedIn(year).tonnes());
            cityGoals = cityGoals.add(pledge.cityGoals().allowedIn(year).tonnes());
        }
        return members == 0 ? new SameMembers(0, null, null, null)
                : new SameMembers(members, Emissions.total(actual), Emissions.total(pathways), Emissions.total(cityGoals));
    }

    private static Optional<Emissions> measured(FilingTotals totals, PledgeInForce pledge) {
        return pledge == null ? Optional.of(totals.marketBased()) : totals.measuredLike(pledge.terms().inventory());
    }

    /** Summed as decimals, made an amount once: an alliance has hundreds of thousands of member-years. */
    private static Emissions sum(List<Emissions> amounts) {
        BigDecimal tonnes = BigDecimal.ZERO;
        for (Emissions amount : amounts) {
            tonnes = tonnes.add(amount.tonnes());
        }
        return Emissions.total(tonnes);
    }

    public Percentage threshold() {
        return threshold;
    }

    /** Every year from the first with a figure up to the last year asked for. */
    public List<AllianceYear> years() {
        return years;
    }

    /** The year asked for; empty before the first year with a figure or after the last. */
    public Optional<AllianceYear> in(Year year) {
        return years.stream().filter(shown -> shown.year().equals(year)).findFirst();
    }
}
