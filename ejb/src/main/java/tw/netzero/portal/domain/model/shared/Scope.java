package tw.netzero.portal.domain.model.shared;

/** The three scopes of the GHG Protocol Corporate Standard. */
public enum Scope {
    /** Direct emissions. */
    SCOPE_1,
    /** Purchased energy (reported location- and market-based). */
    SCOPE_2,
    /** The 15 value-chain categories. */
    SCOPE_3
}
