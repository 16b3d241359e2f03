package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A target's ambition in per cent per year, kept as the exact quotient
 * {@code numerator / denominator} so that it is rounded once, straight from the exact value,
 * never from a truncated intermediate. SBTi states rates at one decimal ("50 % by 2030 from
 * 2018" = 4.1667 %/yr is validated as 1.5 °C), so a rate reaches a threshold when the rate
 * rounded half-up to the threshold's decimals (at least one) is at least the threshold:
 * 4.15 reaches 4.2, 4.14 does not.
 *
 * <p>A year-on-year rate {@code 1 - (1 - r)^(1/years)} is irrational in general; it is computed
 * to {@link #YEAR_ON_YEAR_PRECISION} significant digits before that one rounding.
 */
public record AnnualReductionRate(Basis basis, BigDecimal numerator, BigDecimal denominator) {

    /** Significant digits of a year-on-year rate before it is rounded for comparison. */
    public static final MathContext YEAR_ON_YEAR_PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** How the rate was derived from the target. */
    public enum Basis {
        /** Reduction % / (target year − base year). */
        LINEAR,
        /** Linear rate of the absolute reduction a physical-intensity target implies. */
        IMPLIED_LINEAR,
        /** Year-on-year (compound) rate of an economic-intensity target. */
        YEAR_ON_YEAR
    }

    public AnnualReductionRate {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(numerator, "numerator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("Rate denominator " + denominator);
        }
    }

    /** Reduction in per cent spread evenly over the years. */
    public static AnnualReductionRate linear(BigDecimal reductionPercent, int years) {
        return new AnnualReductionRate(Basis.LINEAR, reductionPercent, BigDecimal.valueOf(years));
    }

    /**
     * The linear rate of the absolute reduction implied by an intensity cut of
     * {@code reductionPercent} while activity moves from {@code baseActivity} to
     * {@code projectedActivity}: implied target emissions are base intensity × (1 − r) ×
     * projected activity, so the implied reduction is 1 − (1 − r) × projected / base.
     */
    public static AnnualReductionRate impliedLinear(BigDecimal reductionPercent, BigDecimal baseActivity,
                                                    BigDecimal projectedActivity, int years) {
        BigDecimal keptPercent = HUNDRED.subtract(reductionPercent);
        // (B·100 − (100 − r%)·P) / (B·years): the implied reduction in per cent over the years.
        BigDecimal numerator = baseActivity.multiply(HUNDRED).subtract(keptPercent.multiply(projectedActivity));
        return new AnnualReductionRate(Basis.IMPLIED_LINEAR, numerator, baseActivity.multiply(BigDecimal.valueOf(years)));
    }

    /** 1 − (1 − r)^(1/years), in per cent. */
    public static AnnualReductionRate yearOnYear(BigDecimal reductionPercent, int years) {
        BigDecimal kept = HUNDRED.subtract(reductionPercent).divide(HUNDRED);
        BigDecimal keptPerYear = nthRoot(kept, years);
        BigDecimal rate = BigDecimal.ONE.subtract(keptPerYear).multiply(HUNDRED, YEAR_ON_YEAR_PRECISION);
        return new AnnualReductionRate(Basis.YEAR_ON_YEAR, rate, BigDecimal.ONE);
    }

    /** The rate rounded half-up to the given decimals, straight from the exact quotient. */
    public BigDecimal roundedTo(int decimals) {
        return numerator.divide(denominator, decimals, RoundingMode.HALF_UP);
    }

    /** The rate as SBTi states it: one decimal, half-up. */
    public BigDecimal percentPerYear() {
        return roundedTo(SbtiThresholds.RATE_DECIMALS);
    }

    /** Whether the rate, rounded to the threshold's decimals (at least one), is at least the threshold. */
    public boolean reaches(BigDecimal threshold) {
        int decimals = Math.max(SbtiThresholds.RATE_DECIMALS, threshold.scale());
        return roundedTo(decimals).compareTo(threshold) >= 0;
    }

    /** Newton's method for x^n = a with 0 ≤ a ≤ 1, falling monotonically from 1. */
    private static BigDecimal nthRoot(BigDecimal a, int n) {
        if (a.signum() == 0 || n == 1) {
            return a;
        }
        MathContext mc = new MathContext(YEAR_ON_YEAR_PRECISION.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(YEAR_ON_YEAR_PRECISION.getPrecision() + 5);
        BigDecimal x = BigDecimal.ONE;
        for (int i = 0; i < 1000; i++) {
            BigDecimal next = x.multiply(degree.subtract(BigDecimal.ONE))
                    .add(a.divide(x.pow(n - 1, mc), mc))
                    .divide(degree, mc);
            boolean converged = next.subtract(x).abs().compareTo(tolerance) < 0;
            x = next;
            if (converged) {
                break;
            }
        }
        return x;
    }
}
