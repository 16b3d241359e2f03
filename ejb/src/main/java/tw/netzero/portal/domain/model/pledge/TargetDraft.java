package tw.netzero.portal.domain.model.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.Amount;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.YearBetween;

/**
 * One target of a pledge version as stored (table {@code pledge_target}, decision 0016): what
 * a {@link PledgeTarget} holds except the base year, which is the pledge's. A draft may hold a
 * target whose figures are still missing (a combined target carried by migration V17 from a
 * half-filled draft); {@link #toTarget} refuses it with the missing field's key, as
 * {@link PledgeDraft#toTerms} does. Horizon, boundary and type are always known.
 */
@Embeddable
public class TargetDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "horizon", nullable = false, length = 16)
    private TargetHorizon horizon;

    @Enumerated(EnumType.STRING)
    @Column(name = "boundary", nullable = false, length = 16)
    private TargetBoundary boundary;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 24)
    private TargetType type;

    @Amount(min = "0", max = PledgeDraft.TONNES_MAX, fraction = 3, message = "{emissions.range}",
            decimalsMessage = "{emissions.digits}")
    @Column(name = "base_year_emissions", precision = 15, scale = 3)
    private BigDecimal baseYearEmissions;

    @YearBetween(min = PledgeDraft.YEAR_MIN, max = PledgeDraft.YEAR_MAX, message = "{pledge.year.range}")
    @Column(name = "target_year")
    private Integer targetYear;

    @DecimalMin(value = "0", message = "{percentage.range}")
    @DecimalMax(value = "100", message = "{percentage.range}")
    @Column(name = "reduction", precision = 5, scale = 2)
    private BigDecimal reduction;

    @DecimalMin(value = "0", message = "{percentage.range}")
    @DecimalMax(value = "100", message = "{percentage.range}")
    @Column(name = "coverage", precision = 5, scale = 2)
    private BigDecimal coverage;

    /** Only for a scope 1+2+3 target: the covered share of scope 3 (coverage is then the scope 1+2 share). */
    @DecimalMin(value = "0", message = "{percentage.range}")
    @DecimalMax(value = "100", message = "{percentage.range}")
    @Column(name = "scope3_coverage", precision = 5, scale = 2)
    private BigDecimal scope3Coverage;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope2_method", length = 16)
    private Scope2Method scope2Method;

    @Convert(converter = Scope3CategoriesConverter.class)
    @Column(name = "scope3_categories", length = 64)
    private Set<Scope3Category> scope3Categories = EnumSet.noneOf(Scope3Category.class);

    @Size(max = 60, message = "{pledge.intensityUnit.size}")
    @Column(name = "intensity_unit", length = 60)
    private String intensityUnit;

    @Amount(min = "0", minInclusive = false, max = PledgeDraft.ACTIVITY_MAX, fraction = 4,
            message = "{pledge.activity.range}", decimalsMessage = "{pledge.activity.digits}")
    @Column(name = "base_year_activity", precision = 20, scale = 4)
    private BigDecimal baseYearActivity;

    @Amount(min = "0", minInclusive = false, max = PledgeDraft.ACTIVITY_MAX, fraction = 4,
            message = "{pledge.activity.range}", decimalsMessage = "{pledge.activity.digits}")
    @Column(name = "projected_activity", precision = 20, scale = 4)
    private BigDecimal projectedTargetYearActivity;

    protected TargetDraft() {
        // for JPA
    }

    private TargetDraft(TargetHorizon horizon, TargetBoundary boundary, TargetType type) {
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        this.boundary = Objects.requireNonNull(boundary, "boundary");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** A checked target, stored as it is. */
    public static TargetDraft of(PledgeTarget target) {
        TargetDraft draft = new TargetDraft(target.horizon(), target.boundary(), target.type());
        draft.baseYearEmissions = target.baseYearEmissions().tonnes();
        draft.targetYear = target.targetYear().getValue();
        draft.reduction = target.reduction().value();
        draft.coverage = target.coverage().value();
        draft.scope3Coverage = target.scope3Coverage() == null ? null : target.scope3Coverage().value();
        draft.scope2Method = target.scope2Method();
        draft.scope3Categories = categories(target.scope3Categories());
        draft.intensityUnit = target.intensityUnit();
        draft.baseYearActivity = target.baseYearActivity();
        draft.projectedTargetYearActivity = target.projectedTargetYearActivity();
        return draft;
    }

    /**
     * The one combined target a pledge held before targets were stored separately (and that
     * migration V17 carries the same way): on scope 1+2+3 when the inventory names scope 3
     * categories, else scope 1+2; the reduction applies to the inventory's total (scope 1, scope
     * 2 by its method, scope 3); coverage is the inventory's scope 1+2 coverage, plus its scope 3
     * coverage for a scope 1+2+3 target; an intensity target is physical, without projected
     * activity. Figures the inventory lacks stay empty, as in a half-filled draft.
     */
    public static TargetDraft combined(TargetHorizon horizon, PledgeDraft inventory, Integer targetYear,
                                       BigDecimal reduction, TargetKind kind, String intensityUnit,
                                       BigDecimal baseYearActivity) {
        boolean withScope3 = !inventory.getScope3Categories().isEmpty();
        TargetDraft draft = new TargetDraft(horizon, withScope3 ? TargetBoundary.SCOPE_1_2_3 : TargetBoundary.SCOPE_1_2,
                kind == TargetKind.INTENSITY ? TargetType.PHYSICAL_INTENSITY : TargetType.ABSOLUTE);
        draft.baseYearEmissions = inventory.baseYearTotal();
        draft.targetYear = targetYear;
        draft.reduction = reduction;
        draft.coverage = inventory.getScope12Coverage();
        draft.scope3Coverage = withScope3 ? inventory.getScope3Coverage() : null;
        draft.scope2Method = inventory.getScope2Method();
        draft.scope3Categories = categories(inventory.getScope3Categories());
        if (draft.type.isIntensity()) {
            draft.intensityUnit = intensityUnit;
            draft.baseYearActivity = baseYearActivity;
        }
        return draft;
    }

    /** The checked target measured from {@code baseYear}; refused with the first missing field's key. */
    public PledgeTarget toTarget(Year baseYear) {
        String prefix = horizon == TargetHorizon.NEAR_TERM ? "near" : "long";
        return new PledgeTarget(horizon, boundary, type, baseYear,
                Emissions.of(required(baseYearEmissions, "baseYearEmissions")),
                Year.of(required(targetYear, prefix + "TargetYear")),
                Percentage.of(required(reduction, prefix + "Reduction")),
                Percentage.of(required(coverage, "coverage")), scope2Method, scope3Categories, intensityUnit,
                baseYearActivity, projectedTargetYearActivity,
                scope3Coverage == null ? null : Percentage.of(scope3Coverage));
    }

    /** Whether every figure {@link #toTarget} needs is there. */
    boolean isComplete() {
        return baseYearEmissions != null && targetYear != null && reduction != null && coverage != null;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation("pledge.incomplete", field);
        }
        return value;
    }

    private static Set<Scope3Category> categories(Set<Scope3Category> categories) {
        return categories == null || categories.isEmpty() ? EnumSet.noneOf(Scope3Category.class)
                : EnumSet.copyOf(categories);
    }

    TargetDraft copy() {
        TargetDraft copy = new TargetDraft(horizon, boundary, type);
        copy.baseYearEmissions = baseYearEmissions;
        copy.targetYear = targetYear;
        copy.reduction = reduction;
        copy.coverage = coverage;
        copy.scope3Coverage = scope3Coverage;
        copy.scope2Method = scope2Method;
        copy.scope3Categories = categories(scope3Categories);
        copy.intensityUnit = intensityUnit;
        copy.baseYearActivity = baseYearActivity;
        copy.projectedTargetYearActivity = projectedTargetYearActivity;
        return copy;
    }

    public TargetHorizon horizon() {
        return horizon;
    }

    public TargetBoundary boundary() {
        return boundary;
    }

    public TargetType type() {
        return type;
    }

    public BigDecimal baseYearEmissions() {
        return baseYearEmissions;
    }

    public Integer targetYear() {
        return targetYear;
    }

    public BigDecimal reduction() {
        return reduction;
    }

    public BigDecimal coverage() {
        return coverage;
    }

    public BigDecimal scope3Coverage() {
        return scope3Coverage;
    }

    public Scope2Method scope2Method() {
        return scope2Method;
    }

    public Set<Scope3Category> scope3Categories() {
        return categories(scope3Categories);
    }

    public String intensityUnit() {
        return intensityUnit;
    }

    public BigDecimal baseYearActivity() {
        return baseYearActivity;
    }

    public BigDecimal projectedTargetYearActivity() {
        return projectedTargetYearActivity;
    }
}
