package tw.netzero.portal.application.publicdata;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tw.netzero.portal.domain.model.alliance.AllianceCoverage;
import tw.netzero.portal.domain.model.alliance.AllianceSeries.AllianceYear;
import tw.netzero.portal.domain.model.alliance.AllianceSeries;
import tw.netzero.portal.domain.model.alliance.ApprovedTargetCounts;
import tw.netzero.portal.domain.model.alliance.CityTargets;
import tw.netzero.portal.domain.model.alliance.GroupYearTotal;
import tw.netzero.portal.domain.model.alliance.MemberCoverage;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The alliance dashboard: the alliance like for like ({@link #alliance()}: emissions, coverage,
 * index, bridge, and the pathways and the city's goals ({@link CityTargets}) of the same members);
 * per year and industry group how many active members reported and were on or off track; the
 * pathways of the pledges in force ahead of the reporting year; and coverage.
 *
 * @param years every year from the first with a filing or a pledge base year up to 2050 (the
 *              chart); {@link #reportedYears()} ends at the reporting year (the table)
 * @param groups per year up to the reporting year and industry group, where the group has a
 *               filing or a pledge covering that year
 * @param coverageThreshold below this share of the alliance's base-year emissions a year is provisional
 * @param alliance the alliance like for like ({@link AllianceSeries}), from the first year with a
 *                 figure up to the reporting year: the definitions the dashboard, the directory's
 *                 summary strip, the open-data totals and the downloads share
 * @param approvedTargets the near-term targets of the pledges in force, counted by boundary and classification
 */
public record AllianceFigures(Year reportingYear, Percentage tolerance, MemberCoverage coverage,
                              List<YearFigures> years, List<GroupYearFigures> groups,
                              Percentage coverageThreshold, List<AllianceYear> alliance,
                              ApprovedTargetCounts approvedTargets)
        implements Serializable {

    /**
     * One year for the whole alliance: the on-track verdicts, and the pathways of the pledges in force
     * (the chart's line ahead of the reporting year). Summed emissions, pathways and the city's goals
     * up to the reporting year are like for like, on the same members, in {@link #alliance()}.
     */
    public record YearFigures(Year year, Totals totals) implements Serializable {
    }

    public record GroupYearFigures(Year year, IndustryGroup group, Totals totals) implements Serializable {
    }

    /**
     * @param membersReporting members with an accepted filing for the year
     * @param actual their summed totals; null when no one reported
     * @param pledged the summed pathway levels of the pledges in force whose base year has begun; null when none has
     * @param notAssessed members that reported without a pledge in force for that year (none, or the year is before its base year)
     */
    public record Totals(int membersReporting, Emissions actual, Emissions pledged, int onTrack, int offTrack,
                         int notAssessed) implements Serializable {

        /** On track among those judged (null when no one was). */
        public Percentage onTrackShare() {
            int judged = onTrack + offTrack;
            return judged == 0 ? null : Percentage.ofShare(BigDecimal.valueOf(onTrack), BigDecimal.valueOf(judged));
        }

        /** Off track among those judged: the rest of {@link #onTrackShare()}. */
        public Percentage offTrackShare() {
            Percentage onTrackShare = onTrackShare();
            return onTrackShare == null ? null : onTrackShare.complement();
        }

        Totals plus(Totals other) {
            return new Totals(membersReporting + other.membersReporting, sum(actual, other.actual),
                    sum(pledged, other.pledged), onTrack + other.onTrack, offTrack + other.offTrack,
                    notAssessed + other.notAssessed);
        }

        static final Totals NONE = new Totals(0, null, null, 0, 0, 0);
    }

    /** The reporting year like for like; empty when no member has a figure up to it. */
    public Optional<AllianceYear> allianceInReportingYear() {
        return alliance.isEmpty() || !alliance.get(alliance.size() - 1).year().equals(reportingYear) ? Optional.empty()
                : Optional.of(alliance.get(alliance.size() - 1));
    }

    /**
     * The latest year that is not provisional and has a change like for like: what the
     * directory's summary strip shows, with its basis. Empty while there is none.
     */
    public Optional<AllianceYear> latestConfirmedChange() {
        for (int i = alliance.size() - 1; i >= 0; i--) {
            AllianceYear year = alliance.get(i);
            if (!year.provisional() && year.change().percent() != null) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** The years of the table: up to the reporting year. */
    public List<YearFigures> reportedYears() {
        return years.stream().filter(figures -> !figures.year().isAfter(reportingYear)).toList();
    }

    /**
     * The figures as of a reporting year, put together from the database's sums, the pledges in
     * force and the year's coverage (see {@link AllianceHistory#of}); the chart runs to 2050, or to
     * the reporting year if that is later.
     */
    static AllianceFigures of(Year reportingYear, Function<Year, Percentage> toleranceIn, MemberCoverage coverage,
                              List<GroupYearTotal> groupTotals, List<MemberYearTotal> memberTotals,
                              List<PledgeInForce> pledges) {
        Year last = reportingYear.isAfter(CityTargets.NET_ZERO_YEAR) ? reportingYear : CityTargets.NET_ZERO_YEAR;
        return AllianceHistory.of(last, reportingYear, toleranceIn, AllianceSeries.DEFAULT_COVERAGE_THRESHOLD,
                AllianceCoverage.of(coverage), groupTotals, memberTotals, pledges).asOf(reportingYear);
    }

    private static Emissions sum(Emissions a, Emissions b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
