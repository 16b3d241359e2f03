package tw.netzero.portal.domain.model.filing;

/** The parts of a filing a reviewer can comment on one by one when returning it. */
public enum FilingField {
    SCOPE1,
    SCOPE2_LOCATION,
    SCOPE2_MARKET,
    SCOPE3,
    ENERGY,
    RENEWABLE_SHARE,
    PRODUCTION_OUTPUT,
    NET_REVENUE,
    REDUCTION_ACTIONS,
    VERIFICATION,
    EVIDENCE
}
