package tw.netzero.portal.application.filing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tw.netzero.portal.application.pledge.PledgeOverview;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A company's progress: each current filing with its total and, once submitted, whether it is
 * on track against the pathway of the pledge in force.
 */
public record ProgressReport(PledgeOverview pledge, List<YearLine> years, List<Year> openYears, Year nextDueYear,
                             LocalDate nextDueDate) implements Serializable {

    /** The earliest year a filing may be started for (SBTi's earliest base year). */
    public static final Year FIRST_REPORTING_YEAR = ReportingCycle.FIRST_REPORTING_YEAR;

    /**
     * The report, with the years still open for a filing (newest first, up to last year) and the
     * year due next (issue 20, defect 3). The reporting cycles call for the years: those of the open
     * cycles (without any, last year, due on the default day of this year). Due next is the earliest
     * of them not filed, later than any year filed already, and due on or after the day the company
     * joined. Not from the base year: a company admitted in December 2026 with base year 2022 was
     * told 2023 was due (in 2024). None while the company is not a member.
     */
    static ProgressReport of(PledgeOverview pledge, List<YearLine> years, LocalDate joinedOn, LocalDate today,
                             DueDates dueDates) {
        Year lastYear = Year.from(today).minusYears(1);
        List<Year> open = new ArrayList<>();
        for (Year year = lastYear; !year.isBefore(FIRST_REPORTING_YEAR); year = year.minusYears(1)) {
            Year candidate = year;
            if (years.stream().noneMatch(line -> line.year().equals(candidate))) {
                open.add(candidate);
            }
        }
        Set<Year> called = dueDates.openCycles().isEmpty() ? Set.of(lastYear) : dueDates.openCycles().keySet();
        Year lastFiled = years.stream().map(YearLine::year).max(Year::compareTo).orElse(null);
        Year due = joinedOn == null ? null : open.stream()
                .filter(called::contains)
                .filter(year -> lastFiled == null || year.isAfter(lastFiled))
                .filter(year -> !dueDates.of(year).isBefore(joinedOn))
                .min(Year::compareTo).orElse(null);
        return new ProgressReport(pledge, years, List.copyOf(open), due, due == null ? null : dueDates.of(due));
    }

    /**
     * One reporting year: its filing, its total (null while the filing is incomplete: a draft
     * being typed in, or one returned and partly cleared) and the on-track assessment (null while
     * a draft or incomplete).
     */
    public record YearLine(Long filingId, Year year, int revision, FilingStatus status, Emissions total,
                           OnTrackAssessment assessment) implements Serializable {

        /** The line of a current filing; an incomplete one has neither total nor assessment. */
        static YearLine of(ProgressFiling filing, OnTrackJudgement judgement, Optional<PledgeTerms> terms) {
            boolean complete = filing.isComplete();
            return new YearLine(filing.id(), filing.reportingYear(), filing.revision(), filing.status(),
                    complete ? filing.totalEmissions() : null,
                    filing.status() == FilingStatus.DRAFT || !complete ? null : judgement.of(filing, terms));
        }
    }

    /** The accepted filing of a year (its current revision), if there is one: what a later year compares with. */
    public Optional<Long> acceptedFilingIn(Year year) {
        return years.stream().filter(line -> line.year().equals(year) && line.status() == FilingStatus.ACCEPTED)
                .map(YearLine::filingId).findFirst();
    }

    /** The verdict of each submitted or accepted year, for the chart of each target's pathway. */
    public Map<Year, OnTrackAssessment> verdicts() {
        Map<Year, OnTrackAssessment> verdicts = new TreeMap<>();
        years.stream().filter(line -> line.assessment() != null).forEach(line -> verdicts.put(line.year(), line.assessment()));
        return verdicts;
    }

    /** Reported totals of submitted and accepted filings by year, for the chart. */
    public Map<Year, Emissions> reportedTotals() {
        Map<Year, Emissions> totals = new TreeMap<>();
        years.stream().filter(line -> line.status() == FilingStatus.SUBMITTED || line.status() == FilingStatus.ACCEPTED)
                .forEach(line -> totals.put(line.year(), line.total()));
        return totals;
    }
}
