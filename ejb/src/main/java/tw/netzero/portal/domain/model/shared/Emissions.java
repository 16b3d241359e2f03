package tw.netzero.portal.domain.model.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of greenhouse gas in tonnes CO2-equivalent (GHG Protocol Corporate Standard),
 * held as a {@link BigDecimal} with three decimals (kilogram precision), never negative and
 * never a {@code double}.
 */
public final class Emissions implements Serializable, Comparable<Emissions> {

    private static final long serialVersionUID = 1L;

    /** Kilogram precision: finer than any inventory reports, coarse enough to compare exactly. */
    public static final int SCALE = 3;
    /**
     * Input plausibility bound: one billion tCO2e is about four times Taiwan's national total,
     * so anything above it is a typing error (a unit mix-up), not a company's inventory.
     */
    public static final BigDecimal MAX_TONNES = new BigDecimal("1000000000");

    public static final Emissions ZERO = new Emissions(BigDecimal.ZERO);

    private final BigDecimal tonnes;

    private Emissions(BigDecimal tonnes) {
        this.tonnes = tonnes.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Refuses negative and implausibly large amounts, each with a message key. */
    public static Emissions of(BigDecimal tonnes) {
        Objects.requireNonNull(tonnes, "tonnes");
        if (tonnes.signum() < 0) {
            throw new DomainRuleViolation("emissions.negative", tonnes);
        }
        if (tonnes.compareTo(MAX_TONNES) > 0) {
            throw new DomainRuleViolation("emissions.tooLarge", tonnes, MAX_TONNES);
        }
        return new Emissions(tonnes);
    }

    public static Emissions of(String tonnes) {
        return of(new BigDecimal(tonnes));
    }

    /**
     * A sum over many inventories (the alliance's, a group's): never negative, but not held to
     * the single-inventory bound of {@link #of(BigDecimal)}.
     */
    public static Emissions total(BigDecimal tonnes) {
        Objects.requireNonNull(tonnes, "tonnes");
        if (tonnes.signum() < 0) {
            throw new DomainRuleViolation("emissions.negative", tonnes);
        }
        return new Emissions(tonnes);
    }

    public BigDecimal tonnes() {
        return tonnes;
    }

    /** Sums are not bounded: the bound is for one typed-in amount, and alliance totals exceed it. */
    public Emissions add(Emissions other) {
        return total(tonnes.add(other.tonnes));
    }

    /** Refuses a result below zero: an amount of emissions cannot be negative. */
    public Emissions subtract(Emissions other) {
        return total(tonnes.subtract(other.tonnes));
    }

    /** Scales by a non-negative ratio (0.9 for 90 %), rounded half-up to kilograms. */
    public Emissions multiply(BigDecimal ratio) {
        return total(tonnes.multiply(ratio));
    }

    /** What is left after cutting by the given share: 100 tCO2e reduced by 42 % is 58 tCO2e. */
    public Emissions reducedBy(Percentage reduction) {
        return multiply(reduction.complement().ratio());
    }

    /** This minus the other, signed: positive when this is larger. */
    public BigDecimal difference(Emissions other) {
        return tonnes.subtract(other.tonnes);
    }

    /**
     * The change from an earlier figure in per cent of it, at one decimal (half up): negative is a
     * reduction. None from zero, where no change can be stated as a share.
     */
    public java.util.Optional<BigDecimal> percentChangeFrom(Emissions earlier) {
        if (earlier.isZero()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(difference(earlier).multiply(BigDecimal.valueOf(100))
                .divide(earlier.tonnes, 1, java.math.RoundingMode.HALF_UP));
    }

    public boolean isZero() {
        return tonnes.signum() == 0;
    }

    public boolean isAtMost(Emissions other) {
        return compareTo(other) <= 0;
    }

    @Override
    public int compareTo(Emissions other) {
        return tonnes.compareTo(other.tonnes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Emissions emissions && tonnes.equals(emissions.tonnes);
    }

    @Override
    public int hashCode() {
        return tonnes.hashCode();
    }

    @Override
    public String toString() {
        return tonnes.toPlainString() + " tCO2e";
    }
}
