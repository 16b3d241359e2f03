package tw.netzero.portal.domain.model.pledge;

/**
 * Where a base-year restatement stands: submitted by the member and waiting for the secretariat,
 * accepted (part of the ledger, public) or returned with a comment (kept, never public; the member
 * submits a new one). Issue 20, defect 14.
 */
public enum RestatementStatus {
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
