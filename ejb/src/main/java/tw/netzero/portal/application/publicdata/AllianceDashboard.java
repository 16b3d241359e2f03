package tw.netzero.portal.application.publicdata;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import tw.netzero.portal.application.filing.ProgressReport;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.cycle.DueDates;

/** The secretariat's view of the whole alliance: emissions against pledges and the city's goals, and coverage. */
@Stateless
public class AllianceDashboard {

    @Inject
    private CurrentAllianceHistory history;

    @Inject
    private Clock clock;

    /**
     * The dashboard as of a reporting year (coverage counts that year's filings; the table runs up
     * to it). Refuses a year before the first reporting year (2015) or after last year. Served from
     * the history kept since the last committed change, like the downloads and the open-data totals.
     */
    @RolesAllowed(Roles.REVIEWER)
    public AllianceFigures figures(Year reportingYear) {
        Year latest = latestReportingYear();
        if (reportingYear.isBefore(ProgressReport.FIRST_REPORTING_YEAR) || reportingYear.isAfter(latest)) {
            throw new DomainRuleViolation("dashboard.reportingYear.outOfRange", reportingYear,
                    ProgressReport.FIRST_REPORTING_YEAR, latest);
        }
        return history.history().asOf(reportingYear);
    }

    /**
     * The open-data view's on-track verdicts per year up to last year (members reporting, on/off-track
     * counts); the year's emissions, pathways and city goals are like for like in {@link #publicFigures()}.
     * Aggregates only; no member or industry group detail.
     */
    @PermitAll
    public List<AllianceFigures.YearFigures> publicTotalsByYear() {
        return publicFigures().reportedYears();
    }

    /**
     * The open-data view like for like: per year up to last year the members counted, the total,
     * its coverage and whether it is provisional, the change of the members with figures for both
     * years and its chained index, the bridge, and the pathways and city goals of the same members
     * ({@link AllianceFigures#alliance()}). Aggregates only.
     */
    @PermitAll
    public AllianceFigures publicFigures() {
        // Public pages never wait for a re-read: the figures kept meanwhile (decision 0026).
        return history.historyWhileRefreshed().asOf(latestReportingYear());
    }

    /** Last calendar year: the latest year members report on (its filings are due this year). */
    @RolesAllowed(Roles.REVIEWER)
    public Year latestReportingYear() {
        return DueDates.thisYear(clock).minusYears(1);
    }
}
