package tw.netzero.portal.domain.model.filing;

/** Whether a scope 3 category carries a figure or, with a reason, why not. */
public enum Scope3EntryStatus {
    REPORTED,
    NOT_RELEVANT,
    NOT_EVALUATED
}
