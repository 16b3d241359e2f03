package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * A reduction target: by {@code targetYear}, emissions {@code reduction} per cent below the
 * base year. An intensity target cuts tonnes per unit of activity and names that unit and the
 * base-year activity; an absolute target has neither (both are null).
 */
public record Target(Year targetYear, Percentage reduction, TargetKind kind, String intensityUnit,
                     BigDecimal baseYearActivity) {

    /**
     * Decimals of the annual rate. The rate is truncated, never rounded up, so it reaches a
     * threshold with at most this many decimals (4.2, 2.5) only when the exact rate does.
     */
    public static final int RATE_SCALE = 4;

    public Target {
        Objects.requireNonNull(targetYear, "targetYear");
        Objects.requireNonNull(reduction, "reduction");
        Objects.requireNonNull(kind, "kind");
        if (kind == TargetKind.INTENSITY) {
            intensityUnit = requireIntensityBasis(intensityUnit, baseYearActivity);
        } else {
            intensityUnit = null;
            baseYearActivity = null;
        }
    }

    /**
     * An intensity target names its unit and a base-year activity above zero; the unit, stripped.
     * Shared by {@link PledgeTarget}, which judges the stored targets.
     */
    static String requireIntensityBasis(String unit, BigDecimal baseYearActivity) {
        if (unit == null || unit.isBlank() || baseYearActivity == null || baseYearActivity.signum() <= 0) {
            throw new DomainRuleViolation("pledge.target.intensityIncomplete");
        }
        return unit.strip();
    }

    public static Target absolute(Year targetYear, Percentage reduction) {
        return new Target(targetYear, reduction, TargetKind.ABSOLUTE, null, null);
    }

    public static Target intensity(Year targetYear, Percentage reduction, String unit, BigDecimal baseYearActivity) {
        return new Target(targetYear, reduction, TargetKind.INTENSITY, unit, baseYearActivity);
    }

    /** Per cent per year: the reduction spread evenly from the base year to the target year. */
    public BigDecimal linearAnnualReductionRate(Year baseYear) {
        requireAfter(baseYear);
        int years = targetYear.getValue() - baseYear.getValue();
        return reduction.value().divide(BigDecimal.valueOf(years), RATE_SCALE, RoundingMode.DOWN);
    }

    /** Refuses a target year that does not lie after the base year. */
    void requireAfter(Year baseYear) {
        if (!targetYear.isAfter(baseYear)) {
            throw new DomainRuleViolation("pledge.target.yearNotAfterBaseYear", targetYear, baseYear);
        }
    }

    /** The level this target allows in its target year, from the base-year total. */
    public Emissions levelFrom(Emissions baseYearTotal) {
        return baseYearTotal.reducedBy(reduction);
    }
}
