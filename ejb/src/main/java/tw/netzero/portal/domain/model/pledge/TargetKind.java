package tw.netzero.portal.domain.model.pledge;

/** Whether a target cuts total tonnes or tonnes per unit of activity. */
public enum TargetKind {
    ABSOLUTE,
    INTENSITY
}
