package tw.netzero.portal.domain.model.solutions;

import java.time.Instant;

/**
 * Where a call for solutions stands, read from the clock against its times (decision 0038): a
 * draft until it opens, open until its deadline, closed from the deadline on (the jury scores),
 * and results published once the secretariat publishes the shortlist and winners.
 */
public enum CallPhase {
    DRAFT,
    OPEN,
    CLOSED,
    RESULTS_PUBLISHED;

    /**
     * The phase at {@code now} of a call with these times: the opening time belongs to the open call, the
     * deadline to the closed one; {@code resultsPublishedAt} is null until the results are published.
     */
    public static CallPhase at(Instant now, Instant opensAt, Instant closesAt, Instant resultsPublishedAt) {
        if (resultsPublishedAt != null) {
            return RESULTS_PUBLISHED;
        }
        if (now.isBefore(opensAt)) {
            return DRAFT;
        }
        return now.isBefore(closesAt) ? OPEN : CLOSED;
    }
}
