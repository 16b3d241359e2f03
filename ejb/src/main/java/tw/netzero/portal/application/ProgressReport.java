package tw.netzero.portal.application;

import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A company's progress: each current filing with its total and, once submitted, whether it is
 * on track against the pathway of the pledge in force.
 */
public record ProgressReport(PledgeOverview pledge, List<YearLine> years) implements Serializable {

    /** One reporting year: its filing and the on-track assessment (null while a draft). */
    public record YearLine(long filingId, Year year, int revision, FilingStatus status, Emissions total,
                           OnTrackAssessment assessment) implements Serializable {
    }

    /** Reported totals of submitted and accepted filings by year, for the chart. */
    public Map<Year, Emissions> reportedTotals() {
        Map<Year, Emissions> totals = new TreeMap<>();
        years.stream().filter(line -> line.status() == FilingStatus.SUBMITTED || line.status() == FilingStatus.ACCEPTED)
                .forEach(line -> totals.put(line.year(), line.total()));
        return totals;
    }
}
