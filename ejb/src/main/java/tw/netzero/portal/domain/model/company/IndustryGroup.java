package tw.netzero.portal.domain.model.company;

/** The five industry groups the alliance was founded with (city news, June 2022). */
public enum IndustryGroup {
    STEEL,
    PETROCHEMICALS,
    ELECTRONICS,
    ENERGY,
    CIRCULAR_ECONOMY
}
