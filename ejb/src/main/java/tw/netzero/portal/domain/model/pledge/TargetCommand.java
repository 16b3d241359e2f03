package tw.netzero.portal.domain.model.pledge;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.Amount;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.YearBetween;

/**
 * One target as a member states it in the pledge wizard (the form's command, docs/architecture.md
 * "Forms"): ranges are checked by Bean Validation at each field, the rules of a target by
 * {@link #toTarget}, which names the field to correct. Each component's name is the id of its
 * input in the target editor.
 */
public record TargetCommand(
        TargetHorizon horizon,
        TargetBoundary boundary,
        TargetType type,
        @Amount(min = "0", max = PledgeDraft.TONNES_MAX, fraction = 3, message = "{emissions.range}",
                decimalsMessage = "{emissions.digits}") BigDecimal baseYearEmissions,
        @YearBetween(min = PledgeDraft.YEAR_MIN, max = PledgeDraft.YEAR_MAX, message = "{pledge.year.range}")
        Integer targetYear,
        @DecimalMin(value = "0", message = "{percentage.range}") @DecimalMax(value = "100", message = "{percentage.range}")
        BigDecimal reduction,
        @DecimalMin(value = "0", message = "{percentage.range}") @DecimalMax(value = "100", message = "{percentage.range}")
        BigDecimal coverage,
        @DecimalMin(value = "0", message = "{percentage.range}") @DecimalMax(value = "100", message = "{percentage.range}")
        BigDecimal scope3Coverage,
        Scope2Method scope2Method,
        Set<Scope3Category> scope3Categories,
        @Size(max = 60, message = "{pledge.intensityUnit.size}") String intensityUnit,
        @Amount(min = "0", minInclusive = false, max = PledgeDraft.ACTIVITY_MAX, fraction = 4,
                message = "{pledge.activity.range}", decimalsMessage = "{pledge.activity.digits}")
        BigDecimal baseYearActivity,
        @Amount(min = "0", minInclusive = false, max = PledgeDraft.ACTIVITY_MAX, fraction = 4,
                message = "{pledge.activity.range}", decimalsMessage = "{pledge.activity.digits}")
        BigDecimal projectedActivity) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which input a rule of {@link PledgeTarget} concerns, by its message key. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "pledge.target.yearNotAfterBaseYear", "targetYear",
            "pledge.target.baseYearEmissionsZero", "baseYearEmissions",
            "pledge.target.scope2MethodRequired", "scope2Method",
            "pledge.target.scope3CategoriesRequired", "scope3Categories",
            "pledge.target.intensityIncomplete", "intensityUnit",
            "pledge.target.projectedActivityNotPositive", "projectedActivity");

    public TargetCommand {
        scope3Categories = scope3Categories == null || scope3Categories.isEmpty()
                ? EnumSet.noneOf(Scope3Category.class) : EnumSet.copyOf(scope3Categories);
    }

    /** The command that states a stored target again, for editing it. */
    public static TargetCommand of(TargetDraft target) {
        return new TargetCommand(target.horizon(), target.boundary(), target.type(), target.baseYearEmissions(),
                target.targetYear(), target.reduction(), target.coverage(), target.scope3Coverage(),
                target.scope2Method(), target.scope3Categories(), target.intensityUnit(), target.baseYearActivity(),
                target.projectedTargetYearActivity());
    }

    /**
     * The checked target measured from the pledge's {@code baseYear}; refused at the field to
     * correct (a missing figure, a target year not after the base year, a scope 1+2 target without
     * scope 2 method, a scope 3 target without categories, an intensity target without its unit
     * and base-year activity).
     */
    public PledgeTarget toTarget(Integer baseYear) {
        if (baseYear == null) {
            throw new FieldRuleViolation("targetYear", "pledge.target.baseYearFirst");
        }
        try {
            return new PledgeTarget(required(horizon, "horizon"), required(boundary, "boundary"),
                    required(type, "type"), Year.of(baseYear),
                    Emissions.of(required(baseYearEmissions, "baseYearEmissions")),
                    Year.of(required(targetYear, "targetYear")), Percentage.of(required(reduction, "reduction")),
                    Percentage.of(required(coverage, "coverage")), scope2Method, scope3Categories, intensityUnit,
                    baseYearActivity, projectedActivity,
                    boundary == TargetBoundary.SCOPE_1_2_3 ? Percentage.of(required(scope3Coverage, "scope3Coverage"))
                            : null);
        } catch (FieldRuleViolation atField) {
            throw atField;
        } catch (DomainRuleViolation broken) {
            String field = FIELD_OF_RULE.get(broken.messageKey());
            if (field == null) {
                throw broken;
            }
            throw new FieldRuleViolation(field, broken.messageKey(), broken.arguments().toArray());
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new FieldRuleViolation(field, "pledge.target.fieldRequired");
        }
        return value;
    }
}
