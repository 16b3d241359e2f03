package tw.netzero.portal.application.publicdata;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.netzero.portal.application.publicdata.AllianceFigures.GroupYearFigures;
import tw.netzero.portal.application.publicdata.AllianceFigures.Totals;
import tw.netzero.portal.application.publicdata.AllianceFigures.YearFigures;
import tw.netzero.portal.domain.model.alliance.AllianceCoverage;
import tw.netzero.portal.domain.model.alliance.AllianceSeries;
import tw.netzero.portal.domain.model.alliance.ApprovedTargetCounts;
import tw.netzero.portal.domain.model.alliance.GroupYearTotal;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.filing.OnTrackStatus;
import tw.netzero.portal.domain.model.filing.PledgeProgress;
import tw.netzero.portal.domain.model.filing.TargetProgressClassifier;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The alliance's figures for every year and industry group, put together once from the
 * database's sums, the pledges in force and each member-year's verdict, and the coverage of every
 * year. None of it depends on the reporting year the dashboard is asked for (a year is judged
 * with its own cycle's tolerance), so one history answers every reporting year:
 * {@link #asOf(Year)} only cuts it. Kept in memory by {@link CurrentAllianceHistory} until the
 * data changes.
 */
public final class AllianceHistory {

    /** Totals per year and industry group, where the group has a filing or a pledge covering that year. */
    private final Map<Year, Map<IndustryGroup, Totals>> cells;
    /** The earliest year with a filing or a pledge's base year; null without either. */
    private final Year firstYear;
    private final Year lastYear;
    private final Function<Year, Percentage> toleranceIn;
    private final AllianceCoverage coverage;
    private final ApprovedTargetCounts approvedTargets;
    private final AllianceSeries series;
    private final Map<Year, AllianceFigures> byReportingYear = new ConcurrentHashMap<>();

    private AllianceHistory(Map<Year, Map<IndustryGroup, Totals>> cells, Year firstYear, Year lastYear,
                            Function<Year, Percentage> toleranceIn, AllianceCoverage coverage, AllianceSeries series, ApprovedTargetCounts approvedTargets) {
        this.cells = cells;
        this.series = series;
        this.approvedTargets = approvedTargets;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.toleranceIn = toleranceIn;
        this.coverage = coverage;
    }

    /**
     * Puts the figures together up to {@code lastYear} (at least the chart's end, 2050). The
     * database has summed the filings; what is computed here is per pledge (its pathway, from its
     * few numbers) and per member and year (the on-track verdict, by the same
     * {@link OnTrackClassifier} as a member's own progress report, with that year's tolerance),
     * and the like-for-like series up to {@code lastReported} with the secretariat's coverage threshold.
     */
    static AllianceHistory of(Year lastYear, Year lastReported, Function<Year, Percentage> toleranceIn,
                              Percentage coverageThreshold, AllianceCoverage coverage, List<GroupYearTotal> groupTotals,
                              List<MemberYearTotal> memberTotals, List<PledgeInForce> pledges) {
        Builder builder = new Builder(lastYear, lastReported, toleranceIn, coverageThreshold, pledges);
        memberTotals.forEach(builder::add);
        return builder.build(coverage, groupTotals);
    }

    /**
     * {@link #of} with the member-years taken one at a time, in any order, as they stream from the
     * database: each is judged and counted as it comes, and only the series keeps its figure (decision 0059).
     */
    static final class Builder {

        private final Year lastYear;
        private final Year lastReported;
        private final Function<Year, Percentage> toleranceIn;
        private final Percentage coverageThreshold;
        private final List<PledgeInForce> pledges;
        private final Map<Long, PledgeInForce> pledgeOf;
        private final Map<Year, Map<IndustryGroup, Totals>> cells = new TreeMap<>();
        private final Map<Year, OnTrackClassifier> classifiers = new HashMap<>();
        private final AllianceSeries.Builder series;

        Builder(Year lastYear, Year lastReported, Function<Year, Percentage> toleranceIn, Percentage coverageThreshold,
                List<PledgeInForce> pledges) {
            this.lastYear = lastYear;
            this.lastReported = lastReported;
            this.toleranceIn = toleranceIn;
            this.coverageThreshold = coverageThreshold;
            this.pledges = pledges;
            this.pledgeOf = pledges.stream().collect(Collectors.toMap(PledgeInForce::companyId, Function.identity()));
            this.series = new AllianceSeries.Builder(pledges);
        }

        void add(MemberYearTotal member) {
            series.add(member);
            // Members since left are in the like-for-like series (the years they were in), judged no more.
            if (!member.stillMember()) {
                return;
            }
            PledgeInForce pledge = pledgeOf.get(member.companyId());
            Pathway pathway = pledge == null ? null : pledge.pathway();
            // Like for like with the pledge's base year; not comparable years count neither way.
            Optional<Emissions> actual = pledge == null ? Optional.empty()
                    : member.totals().measuredLike(pledge.terms().inventory());
            OnTrackStatus status = pathway == null || member.year().isBefore(pathway.firstYear())
                    ? OnTrackStatus.NO_APPROVED_PLEDGE
                    // Each target on its own boundary, the pledge by decision 0020's rule, as the profile judges.
                    : member.figures() != null ? PledgeProgress.of(pledge.terms(), member.figures(),
                            new TargetProgressClassifier(toleranceIn.apply(member.year()))).assessment().status()
                    : actual.isEmpty() ? OnTrackStatus.NOT_COMPARABLE
                    : classifiers.computeIfAbsent(member.year(), year -> new OnTrackClassifier(toleranceIn.apply(year)))
                            .classify(actual.get(), pathway.allowedIn(member.year())).status();
            AllianceHistory.add(cells, member.year(), member.group(), new Totals(0, null, null,
                    status == OnTrackStatus.ON_TRACK ? 1 : 0, status == OnTrackStatus.OFF_TRACK ? 1 : 0,
                    status == OnTrackStatus.NO_APPROVED_PLEDGE ? 1 : 0));
        }

        AllianceHistory build(AllianceCoverage coverage, List<GroupYearTotal> groupTotals) {
            Year first = Stream.concat(groupTotals.stream().map(GroupYearTotal::year),
                    pledges.stream().map(pledge -> pledge.pathway().firstYear())).min(Comparator.naturalOrder())
                    .orElse(null);
            groupTotals.forEach(total -> AllianceHistory.add(cells, total.year(), total.group(),
                    new Totals(total.filings(), total.total(), null, 0, 0, 0)));
            // Per pledge, not per filing: a pathway is a few corner points, interpolated in Java by
            // the same Pathway the on-track verdict uses; in SQL its corners and rounding would be a
            // second definition to keep in step.
            pledges.forEach(pledge -> {
                Pathway pathway = pledge.pathway();
                for (Year year = pathway.firstYear(); !year.isAfter(lastYear); year = year.plusYears(1)) {
                    AllianceHistory.add(cells, year, pledge.group(), new Totals(0, null, pathway.allowedIn(year), 0, 0, 0));
                }
            });
            return new AllianceHistory(cells, first, lastYear, toleranceIn, coverage,
                    series.build(coverage.activeMembers(), coverageThreshold, lastReported),
                    ApprovedTargetCounts.of(pledges));
        }
    }

    /**
     * The dashboard as of a reporting year: every year from the first with a filing or a pledge
     * (or the reporting year, if earlier) up to the last year (the chart), the industry groups up
     * to the reporting year, that year's coverage and tolerance. Made once per year and kept.
     */
    public AllianceFigures asOf(Year reportingYear) {
        return byReportingYear.computeIfAbsent(reportingYear, this::cut);
    }

    private AllianceFigures cut(Year reportingYear) {
        if (reportingYear.isAfter(lastYear)) {
            throw new IllegalArgumentException("Reporting year " + reportingYear + " is after the history's end, " + lastYear);
        }
        Year first = firstYear == null || reportingYear.isBefore(firstYear) ? reportingYear : firstYear;
        List<YearFigures> years = new ArrayList<>();
        List<GroupYearFigures> groups = new ArrayList<>();
        for (Year year = first; !year.isAfter(lastYear); year = year.plusYears(1)) {
            Map<IndustryGroup, Totals> byGroup = cells.getOrDefault(year, Map.of());
            years.add(new YearFigures(year, byGroup.values().stream().reduce(Totals.NONE, Totals::plus)));
            if (!year.isAfter(reportingYear)) {
                Year shown = year;
                byGroup.forEach((group, totals) -> groups.add(new GroupYearFigures(shown, group, totals)));
            }
        }
        return new AllianceFigures(reportingYear, toleranceIn.apply(reportingYear), coverage.in(reportingYear),
                Collections.unmodifiableList(years), Collections.unmodifiableList(groups), series.threshold(), series.years().stream()
                        .filter(shown -> !shown.year().isAfter(reportingYear)).toList(), approvedTargets);
    }

    private static void add(Map<Year, Map<IndustryGroup, Totals>> cells, Year year, IndustryGroup group, Totals totals) {
        cells.computeIfAbsent(year, y -> new EnumMap<>(IndustryGroup.class)).merge(group, totals, Totals::plus);
    }
}
