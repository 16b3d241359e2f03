package tw.netzero.portal.domain.model.pledge;

/** Why a base-year total is recalculated. Organic growth or decline is never a reason (GHG Protocol). */
public enum RestatementReason {
    /** Merger, acquisition, divestment, outsourcing or insourcing. */
    STRUCTURAL_CHANGE,
    /** A changed calculation method or emission factor. */
    METHOD_CHANGE,
    /** A discovered error. */
    ERROR
}
