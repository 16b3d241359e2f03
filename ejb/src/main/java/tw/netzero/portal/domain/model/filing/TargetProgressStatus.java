package tw.netzero.portal.domain.model.filing;

/** How a reporting year compares with one target's pathway, on the target's own boundary. */
public enum TargetProgressStatus {
    ON_TRACK,
    OFF_TRACK,
    /** The year's figures do not measure the target's boundary (a reason key says why). */
    NOT_COMPARABLE;

    /** {@code filing.targetProgress.ON_TRACK} and so on. */
    public String messageKey() {
        return "filing.targetProgress." + name();
    }
}
