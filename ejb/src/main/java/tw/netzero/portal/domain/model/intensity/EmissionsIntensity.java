package tw.netzero.portal.domain.model.intensity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * Tonnes CO2e per unit of activity: per million NTD of net revenue (GHG intensity based on net
 * revenue, ESRS E1-6, Commission Delegated Regulation (EU) 2023/2772, ESRS E1 paragraphs 53-55) or
 * per unit of production output (a physical intensity, as SBTi's physical-intensity targets use).
 *
 * <p>Rounded half-up to three decimals, kilograms CO2e per unit, the precision of {@link Emissions}:
 * an intensity below half a kilogram per unit shows as 0.000, which is a figure, not "none". There is
 * no intensity without activity or with activity of zero or less: nothing is divided by it.
 *
 * @param tonnesPerUnit never negative, three decimals
 */
public record EmissionsIntensity(BigDecimal tonnesPerUnit) implements Serializable {

    /** Kilograms per unit, as {@link Emissions#SCALE}. */
    public static final int SCALE = Emissions.SCALE;

    /** Half-up, as reports round; not the ceiling an allowance uses (ActivityAllowance): this is a statistic. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public EmissionsIntensity {
        Objects.requireNonNull(tonnesPerUnit, "tonnesPerUnit");
        if (tonnesPerUnit.signum() < 0) {
            throw new IllegalArgumentException("A negative intensity: " + tonnesPerUnit);
        }
    }

    /** Emissions divided by activity; null without emissions or without activity above zero. */
    public static EmissionsIntensity of(Emissions emissions, BigDecimal activity) {
        if (emissions == null || activity == null || activity.signum() <= 0) {
            return null;
        }
        return new EmissionsIntensity(emissions.tonnes().divide(activity, SCALE, ROUNDING));
    }
}
