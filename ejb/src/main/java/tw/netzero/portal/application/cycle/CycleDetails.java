package tw.netzero.portal.application.cycle;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import tw.netzero.portal.domain.model.cycle.CycleStatus;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * A reporting cycle as the secretariat's cycles page reads it: a read-only copy of
 * {@link ReportingCycle}, so that no entity reaches a view (issue 19, item 2). {@code version} is what
 * an edit sends back; after a change it is the version before it (the new one exists after the
 * commit), so a page reads {@link ReportingCycleService#cycles()} again.
 */
public record CycleDetails(long id, Year reportingYear, LocalDate dueDate, Percentage tolerance, CycleStatus status,
                           Instant openedAt, String openedBy, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static CycleDetails of(ReportingCycle cycle) {
        return new CycleDetails(cycle.id(), cycle.reportingYear(), cycle.dueDate(), cycle.tolerance(), cycle.status(),
                cycle.openedAt(), cycle.openedBy(), cycle.version());
    }

    public boolean isOpen() {
        return status == CycleStatus.OPEN;
    }
}
