package tw.netzero.portal.application.filing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * year due next: the earliest open year from the year after the base year in force, else last year,
     * due when its open reporting cycle says (else on the default day of the following year).
     */
    static ProgressReport of(PledgeOverview pledge, List<YearLine> years, LocalDate today, DueDates dueDates) {
        Year lastYear = Year.from(today).minusYears(1);
        List<Year> open = new ArrayList<>();
        for (Year year = lastYear; !year.isBefore(FIRST_REPORTING_YEAR); year = year.minusYears(1)) {
            Year candidate = year;
            if (years.stream().noneMatch(line -> line.year().equals(candidate))) {
                open.add(candidate);
            }
        }
        Year from = pledge.inForce() == null ? lastYear : Year.of(pledge.inForce().content().getBaseYear() + 1);
        Year due = open.stream().filter(year -> !year.isBefore(from)).min(Year::compareTo).orElse(null);
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
