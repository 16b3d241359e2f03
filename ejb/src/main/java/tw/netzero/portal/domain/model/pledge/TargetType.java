package tw.netzero.portal.domain.model.pledge;

/**
 * How a target measures emissions (domain brief, "Pledges"): total tonnes, tonnes per unit of
 * product (physical intensity, e.g. t CO2e per t steel) or tonnes per unit of money (economic
 * intensity, per million NTD of value added or revenue).
 */
public enum TargetType {
    ABSOLUTE,
    PHYSICAL_INTENSITY,
    ECONOMIC_INTENSITY;

    public boolean isIntensity() {
        return this != ABSOLUTE;
    }

    /** {@code pledge.targetType.ABSOLUTE} and so on. */
    public String messageKey() {
        return "pledge.targetType." + name();
    }
}
