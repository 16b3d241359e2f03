package tw.netzero.portal.domain.model.company;

/** Where a company stands in the alliance. Only active members appear in the public directory. */
public enum MembershipStatus {
    APPLICANT,
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
