package tw.netzero.portal.domain.model.solutions;

/**
 * Where a call for solutions stands, read from the clock against its times (decision 0038): a
 * draft until it opens, open until its deadline, closed from the deadline on (the jury scores),
 * and results published once the secretariat publishes the shortlist and winners.
 */
public enum CallPhase {
    DRAFT,
    OPEN,
    CLOSED,
    RESULTS_PUBLISHED
}
