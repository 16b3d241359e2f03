package tw.netzero.portal.domain.model.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A share from 0 to 100 per cent, with two decimals. */
public final class Percentage implements Serializable, Comparable<Percentage> {

    private static final long serialVersionUID = 1L;

    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED_VALUE = new BigDecimal("100");

    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    public static final Percentage HUNDRED = new Percentage(HUNDRED_VALUE);

    private final BigDecimal value;

    private Percentage(BigDecimal value) {
        this.value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Refuses anything outside 0..100 (checked before rounding to two decimals). */
    public static Percentage of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(HUNDRED_VALUE) > 0) {
            throw new DomainRuleViolation("percentage.outOfRange", value);
        }
        return new Percentage(value);
    }

    public static Percentage of(String value) {
        return of(new BigDecimal(value));
    }

    /**
     * The share {@code part / whole}, truncated to two decimals: truncation never lifts a
     * value over a threshold it does not reach (39.999 stays below 40). Zero when whole is zero.
     */
    public static Percentage ofShare(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return ZERO;
        }
        return of(part.multiply(HUNDRED_VALUE).divide(whole, SCALE, RoundingMode.DOWN));
    }

    public BigDecimal value() {
        return value;
    }

    /** As a fraction of one: 12.50 % is 0.125. */
    public BigDecimal ratio() {
        return value.movePointLeft(2);
    }

    /** What is left of the whole: 100 % minus this. */
    public Percentage complement() {
        return new Percentage(HUNDRED_VALUE.subtract(value));
    }

    public boolean isAtLeast(Percentage other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Percentage percentage && value.equals(percentage.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + " %";
    }
}
