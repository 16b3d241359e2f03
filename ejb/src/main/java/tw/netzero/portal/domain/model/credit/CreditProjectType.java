package tw.netzero.portal.domain.model.credit;

/**
 * What kind of project the credits come from. A removal (forestry, engineered removal) takes
 * carbon out of the air; the others avoid or reduce emissions elsewhere. Either way the credits are
 * beyond value chain mitigation and never count toward a member's own targets (decision 0037).
 */
public enum CreditProjectType {
    RENEWABLE_ENERGY,
    ENERGY_EFFICIENCY,
    METHANE_AVOIDANCE,
    FORESTRY_AND_LAND_USE,
    ENGINEERED_REMOVAL,
    OTHER
}
