package tw.netzero.portal.domain.model.solutions;

import java.util.Set;

/**
 * Where a pilot stands (issue 16, item 5; decision 0047): matched and planned, running at the member's
 * site, then completed (with the measured reduction) or stopped (with the reason). A planned pilot may
 * start or be stopped, a running one may complete or be stopped; completed and stopped are final.
 */
public enum PilotStatus {
    PLANNED,
    RUNNING,
    COMPLETED,
    STOPPED;

    /** The statuses a member may report next from this one; none once the pilot has ended. */
    public Set<PilotStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(RUNNING, STOPPED);
            case RUNNING -> Set.of(COMPLETED, STOPPED);
            case COMPLETED, STOPPED -> Set.of();
        };
    }

    public boolean canMoveTo(PilotStatus status) {
        return next().contains(status);
    }

    /** Completed or stopped: nothing more is reported. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
