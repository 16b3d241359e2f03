package tw.netzero.portal.domain.model.registry;

/** Where the third-party verification of a registered inventory stands (due by 31 October). */
public enum VerificationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    VERIFIED
}
