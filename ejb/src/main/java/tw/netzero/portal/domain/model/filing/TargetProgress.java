package tw.netzero.portal.domain.model.filing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * One target's progress in a reporting year. For a comparable year: actual and allowed level
 * (tCO2e, or tCO2e per unit for an intensity target), the gap actual − allowed (positive: above
 * the pathway) and the gap in per cent of the allowed level (null when nothing is allowed).
 * For a year that is not comparable the figures are null and {@code messageKey} is the reason,
 * filled by {@code arguments}; otherwise it is the status key.
 *
 * @param target           the target whose segment of the pathway the year lies on (near-term up to
 *                         its year, then the long-term one on the same boundary)
 * @param actualEmissions  the year's tCO2e on the target's boundary (null when not comparable)
 * @param allowedEmissions the tCO2e the pathway allows that year: the allowed level, for an intensity
 *                         target times the year's activity, rounded up to the kilogram (null when not
 *                         comparable)
 */
public record TargetProgress(PledgeTarget target, TargetProgressStatus status, String messageKey, List<Object> arguments,
                             BigDecimal actual, BigDecimal allowed, BigDecimal gap, BigDecimal gapPercentOfAllowed,
                             Emissions actualEmissions, Emissions allowedEmissions) implements Serializable {

    /** Covered scope 3 categories not evaluated (or missing); {0} their GHG Protocol numbers, e.g. "1, 4". */
    public static final String SCOPE3_NOT_EVALUATED_KEY = "filing.targetProgress.scope3NotEvaluated";
    /** A physical-intensity target and no production output above zero. */
    public static final String PRODUCTION_OUTPUT_MISSING_KEY = "filing.targetProgress.productionOutputMissing";
    /** Production output filed in another unit than the target's; {0} the filed unit, {1} the target's. */
    public static final String PRODUCTION_UNIT_DIFFERS_KEY = "filing.targetProgress.productionUnitDiffers";
    /** An economic-intensity target and no net revenue above zero. */
    public static final String NET_REVENUE_MISSING_KEY = "filing.targetProgress.netRevenueMissing";

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public TargetProgress {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    /** Actual minus allowed tCO2e on the target's boundary (positive: above the pathway); null when not comparable. */
    public BigDecimal gapTonnes() {
        return comparable() ? actualEmissions.difference(allowedEmissions) : null;
    }

    /**
     * {@link #gapTonnes()} in per cent of the allowed tCO2e; null when not comparable or nothing is
     * allowed. For an intensity target the same as the gap of the intensities (both at the year's activity).
     */
    public BigDecimal gapTonnesPercentOfAllowed() {
        return !comparable() || allowedEmissions.isZero() ? null
                : gapTonnes().multiply(HUNDRED).divide(allowedEmissions.tonnes(), Percentage.SCALE, RoundingMode.HALF_UP);
    }

    public boolean comparable() {
        return status != TargetProgressStatus.NOT_COMPARABLE;
    }

    static TargetProgress notComparable(PledgeTarget target, String reasonKey, Object... arguments) {
        return new TargetProgress(target, TargetProgressStatus.NOT_COMPARABLE, reasonKey, List.of(arguments),
                null, null, null, null, null, null);
    }
}
