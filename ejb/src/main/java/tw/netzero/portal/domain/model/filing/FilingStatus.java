package tw.netzero.portal.domain.model.filing;

/** Where a progress filing stands. An accepted filing is read-only; a correction is a new filing. */
public enum FilingStatus {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED;

    /** A member edits only a draft or a filing returned for revision. */
    public boolean isEditableByMember() {
        return this == DRAFT || this == RETURNED;
    }
}
