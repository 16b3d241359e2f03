package tw.netzero.portal.domain.model.pledge;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.shared.ActivityUnit;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * One target of a pledge, on its own boundary, as SBTi sets targets (domain brief, "Pledges"):
 * "reduce absolute scope 1 and 2 emissions 42 % by 2030 from a 2020 base year".
 *
 * <p>{@code baseYearEmissions} is the base-year figure the reduction applies to, measured the way
 * a progress filing measures the boundary: scope 1 plus scope 2 by {@code scope2Method} in full
 * (a filing does not separate excluded sources) and, for scope 3, the sum of the categories the
 * target covers. {@code coverage} is the share of the whole boundary's base-year emissions the
 * target covers (checked against 95 %, 67 % and 90 %). A combined scope 1+2+3 target must cover
 * both parts (SBTi: 95 % of scope 1+2 and 67 % / 90 % of scope 3), so for it {@code coverage} is
 * the scope 1+2 share and {@code scope3Coverage} the scope 3 share (the same as {@code coverage}
 * unless given); other boundaries have no {@code scope3Coverage} (null).
 *
 * <p>An intensity target names its unit (physical: "t CO2e per t steel"; economic: per million
 * NTD of value added or revenue) and its base-year activity in that unit's denominator; a
 * physical-intensity target may give the activity it projects for the target year, from which
 * the implied absolute reduction is judged. Absolute targets carry none of these (null), scope 3
 * targets no scope 2 method, scope 1+2 targets no scope 3 categories.
 */
public record PledgeTarget(
        TargetHorizon horizon,
        TargetBoundary boundary,
        TargetType type,
        Year baseYear,
        Emissions baseYearEmissions,
        Year targetYear,
        Percentage reduction,
        Percentage coverage,
        Scope2Method scope2Method,
        Set<Scope3Category> scope3Categories,
        String intensityUnit,
        BigDecimal baseYearActivity,
        BigDecimal projectedTargetYearActivity,
        Percentage scope3Coverage) implements Serializable {

    public PledgeTarget {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(baseYear, "baseYear");
        Objects.requireNonNull(baseYearEmissions, "baseYearEmissions");
        Objects.requireNonNull(targetYear, "targetYear");
        Objects.requireNonNull(reduction, "reduction");
        Objects.requireNonNull(coverage, "coverage");
        if (!targetYear.isAfter(baseYear)) {
            throw new DomainRuleViolation("pledge.target.yearNotAfterBaseYear", targetYear.getValue(),
                    baseYear.getValue());
        }
        if (baseYearEmissions.isZero()) {
            throw new DomainRuleViolation("pledge.target.baseYearEmissionsZero");
        }
        if (boundary.includesScope12()) {
            if (scope2Method == null) {
                throw new DomainRuleViolation("pledge.target.scope2MethodRequired");
            }
        } else {
            scope2Method = null;
        }
        if (boundary.includesScope3()) {
            if (scope3Categories == null || scope3Categories.isEmpty()) {
                throw new DomainRuleViolation("pledge.target.scope3CategoriesRequired");
            }
            // An EnumSet keeps the categories in GHG Protocol order for display.
            scope3Categories = Collections.unmodifiableSet(scope3Categories.stream()
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope3Category.class))));
        } else {
            scope3Categories = Set.of();
        }
        if (type.isIntensity()) {
            intensityUnit = Target.requireIntensityBasis(intensityUnit, baseYearActivity);
        } else {
            intensityUnit = null;
            baseYearActivity = null;
        }
        if (boundary == TargetBoundary.SCOPE_1_2_3) {
            scope3Coverage = scope3Coverage == null ? coverage : scope3Coverage;
        } else {
            scope3Coverage = null;
        }
        if (type != TargetType.PHYSICAL_INTENSITY) {
            projectedTargetYearActivity = null;
        } else if (projectedTargetYearActivity != null && projectedTargetYearActivity.signum() <= 0) {
            throw new DomainRuleViolation("pledge.target.projectedActivityNotPositive", projectedTargetYearActivity);
        }
    }

    /** An absolute target; {@code scope2Method} null for scope 3, {@code scope3Categories} empty for scope 1+2. */
    public static PledgeTarget absolute(TargetHorizon horizon, TargetBoundary boundary, Year baseYear,
                                        Emissions baseYearEmissions, Year targetYear, Percentage reduction,
                                        Percentage coverage, Scope2Method scope2Method,
                                        Set<Scope3Category> scope3Categories) {
        return new PledgeTarget(horizon, boundary, TargetType.ABSOLUTE, baseYear, baseYearEmissions, targetYear,
                reduction, coverage, scope2Method, scope3Categories, null, null, null, null);
    }

    /** Tonnes per unit of product; {@code projectedTargetYearActivity} may be null. */
    public static PledgeTarget physicalIntensity(TargetHorizon horizon, TargetBoundary boundary, Year baseYear,
                                                 Emissions baseYearEmissions, Year targetYear, Percentage reduction,
                                                 Percentage coverage, Scope2Method scope2Method,
                                                 Set<Scope3Category> scope3Categories, String unit,
                                                 BigDecimal baseYearActivity, BigDecimal projectedTargetYearActivity) {
        return new PledgeTarget(horizon, boundary, TargetType.PHYSICAL_INTENSITY, baseYear, baseYearEmissions,
                targetYear, reduction, coverage, scope2Method, scope3Categories, unit, baseYearActivity,
                projectedTargetYearActivity, null);
    }

    /** Tonnes per million NTD of value added or revenue. */
    public static PledgeTarget economicIntensity(TargetHorizon horizon, TargetBoundary boundary, Year baseYear,
                                                 Emissions baseYearEmissions, Year targetYear, Percentage reduction,
                                                 Percentage coverage, Scope2Method scope2Method,
                                                 Set<Scope3Category> scope3Categories, String unit,
                                                 BigDecimal baseYearActivity) {
        return new PledgeTarget(horizon, boundary, TargetType.ECONOMIC_INTENSITY, baseYear, baseYearEmissions,
                targetYear, reduction, coverage, scope2Method, scope3Categories, unit, baseYearActivity, null, null);
    }

    /** The same combined scope 1+2+3 target with its own scope 3 coverage. */
    public PledgeTarget withScope3Coverage(Percentage share) {
        if (boundary != TargetBoundary.SCOPE_1_2_3) {
            throw new IllegalStateException("Only a combined scope 1+2+3 target has a separate scope 3 coverage");
        }
        return new PledgeTarget(horizon, boundary, type, baseYear, baseYearEmissions, targetYear, reduction, coverage,
                scope2Method, scope3Categories, intensityUnit, baseYearActivity, projectedTargetYearActivity, share);
    }

    /** Target year minus base year (at least one). */
    public int years() {
        return targetYear.getValue() - baseYear.getValue();
    }

    /**
     * The ambition in per cent per year: linear for absolute targets, year-on-year for economic
     * intensity, linear on the implied absolute reduction for physical intensity; empty for a
     * physical-intensity target without projected activity, whose ambition cannot be judged.
     */
    public Optional<AnnualReductionRate> annualReductionRate() {
        return switch (type) {
            case ABSOLUTE -> Optional.of(AnnualReductionRate.linear(reduction.value(), years()));
            case ECONOMIC_INTENSITY -> Optional.of(AnnualReductionRate.yearOnYear(reduction.value(), years()));
            case PHYSICAL_INTENSITY -> projectedTargetYearActivity == null ? Optional.empty()
                    : Optional.of(AnnualReductionRate.impliedLinear(reduction.value(), baseYearActivity,
                    projectedTargetYearActivity, years()));
        };
    }

    /**
     * The absolute reduction in per cent (two decimals, half-up) a physical-intensity target with
     * projected activity implies; empty otherwise. Negative when activity grows faster than the
     * intensity falls.
     */
    public Optional<BigDecimal> impliedAbsoluteReduction() {
        if (type != TargetType.PHYSICAL_INTENSITY || projectedTargetYearActivity == null) {
            return Optional.empty();
        }
        return Optional.of(AnnualReductionRate.impliedLinear(reduction.value(), baseYearActivity,
                projectedTargetYearActivity, 1).roundedTo(Percentage.SCALE));
    }

    /** The temperature class under a criteria version; NOT_ALIGNED when the ambition cannot be judged. */
    public TargetClassification classification(SbtiCriteriaVersion version) {
        return annualReductionRate().map(rate -> TargetClassification.of(rate, version))
                .orElse(TargetClassification.NOT_ALIGNED);
    }

    /**
     * Whether a filed production unit is this physical-intensity target's activity unit, so the
     * year's output can divide the year's emissions. Units are free text, so they are compared
     * as a reader would: ignoring case, spacing, the word "of" and a leading "tCO2e per" or
     * "tCO2e /" ("t CO2e per t of steel" = "t steel"). False without a unit.
     */
    public boolean measuresActivityIn(String filedUnit) {
        return intensityUnit != null && filedUnit != null
                && ActivityUnit.key(intensityUnit).equals(ActivityUnit.key(filedUnit));
    }

    /**
     * Whether another target is measured the same way, so both can share one pathway and one
     * progress comparison: same boundary, type, base year and base-year figures, scope 2 method,
     * scope 3 categories and intensity unit.
     */
    public boolean measuredLike(PledgeTarget other) {
        return boundary == other.boundary && type == other.type && baseYear.equals(other.baseYear)
                && baseYearEmissions.equals(other.baseYearEmissions) && scope2Method == other.scope2Method
                && scope3Categories.equals(other.scope3Categories)
                && Objects.equals(intensityUnit, other.intensityUnit)
                && (baseYearActivity == null ? other.baseYearActivity == null
                : other.baseYearActivity != null && baseYearActivity.compareTo(other.baseYearActivity) == 0);
    }
}
