package tw.netzero.portal.domain.model.pledge;

/**
 * Where a pledge version stands in the secretariat's review, which follows SBTi's (screening
 * and assessment, then a decision; resubmission after feedback is allowed).
 */
public enum PledgeStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED,
    RETURNED,
    REJECTED;

    /** Still being worked on or reviewed (not approved, not rejected). */
    public boolean isOpen() {
        return this != APPROVED && this != REJECTED;
    }

    /** A member edits only a draft or a version returned for revision. */
    public boolean isEditableByMember() {
        return this == DRAFT || this == RETURNED;
    }
}
