package tw.netzero.portal.domain.model.company;

/**
 * Where a company stands in the alliance. Only active members appear in the public directory;
 * a rejected applicant may apply again.
 */
public enum MembershipStatus {
    APPLICANT,
    REJECTED,
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
