package tw.netzero.portal.domain.model.pledge;

/** How scope 2 is counted; the GHG Protocol asks for both, a target picks one. */
public enum Scope2Method {
    /** Average emission factor of the grid where the energy is used. */
    LOCATION_BASED,
    /** Factors of the energy actually contracted (certificates, power purchase agreements). */
    MARKET_BASED
}
