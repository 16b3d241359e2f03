package tw.netzero.portal.domain.model.filing;

/** How far a third party verified a scope of the inventory (ISO 14064-3). */
public enum AssuranceLevel {
    NONE,
    LIMITED,
    REASONABLE
}
