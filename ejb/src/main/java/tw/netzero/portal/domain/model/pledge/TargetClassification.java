package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;

/**
 * The temperature goal a target's ambition is consistent with, strongest first. Which classes
 * exist depends on the criteria version: {@link #TWO_C} only before v5
 * ({@link SbtiCriteriaVersion#knowsTwoDegreeClass()}).
 */
public enum TargetClassification {
    ONE_POINT_FIVE_C(SbtiThresholds.ONE_POINT_FIVE_C_LINEAR_RATE),
    WELL_BELOW_TWO_C(SbtiThresholds.WELL_BELOW_TWO_C_LINEAR_RATE),
    TWO_C(SbtiThresholds.TWO_C_LINEAR_RATE),
    NOT_ALIGNED(null);

    private final BigDecimal minimumLinearRate;

    TargetClassification(BigDecimal minimumLinearRate) {
        this.minimumLinearRate = minimumLinearRate;
    }

    /** Per cent per year a linear target needs for this class; null for {@link #NOT_ALIGNED}. */
    public BigDecimal minimumLinearRate() {
        return minimumLinearRate;
    }

    /** Whether this class is at least as ambitious as the other. */
    public boolean isAtLeast(TargetClassification other) {
        return ordinal() <= other.ordinal();
    }

    /** {@code pledge.classification.ONE_POINT_FIVE_C} and so on. */
    public String messageKey() {
        return "pledge.classification." + name();
    }

    /**
     * Classifies a rate under a criteria version. A year-on-year (economic intensity) rate knows
     * one threshold only, the 7 %/yr of v5: it is 1.5 °C or not aligned (the brief gives no
     * economic-intensity rate for the lower classes). A linear rate climbs the ladder 4.2, 2.5
     * and, before v5, 1.23 per cent per year, each compared after rounding (see
     * {@link AnnualReductionRate#reaches}).
     */
    public static TargetClassification of(AnnualReductionRate rate, SbtiCriteriaVersion version) {
        if (rate.basis() == AnnualReductionRate.Basis.YEAR_ON_YEAR) {
            return rate.reaches(SbtiThresholds.ECONOMIC_INTENSITY_YEAR_ON_YEAR_RATE) ? ONE_POINT_FIVE_C : NOT_ALIGNED;
        }
        if (rate.reaches(ONE_POINT_FIVE_C.minimumLinearRate)) {
            return ONE_POINT_FIVE_C;
        }
        if (rate.reaches(WELL_BELOW_TWO_C.minimumLinearRate)) {
            return WELL_BELOW_TWO_C;
        }
        if (version.knowsTwoDegreeClass() && rate.reaches(TWO_C.minimumLinearRate)) {
            return TWO_C;
        }
        return NOT_ALIGNED;
    }
}
