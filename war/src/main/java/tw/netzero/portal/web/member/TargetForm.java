package tw.netzero.portal.web.member;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetCommand;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * One target as bound to the pledge wizard's target editor (docs/architecture.md, "Forms"): the
 * inputs only; {@link #toCommand} hands them to the service as a {@link TargetCommand}, whose
 * constraints and rules decide.
 */
public class TargetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private TargetHorizon horizon = TargetHorizon.NEAR_TERM;
    private TargetBoundary boundary = TargetBoundary.SCOPE_1_2;
    private TargetType type = TargetType.ABSOLUTE;
    private BigDecimal baseYearEmissions;
    private Integer targetYear;
    private BigDecimal reduction;
    private BigDecimal coverage;
    private BigDecimal scope3Coverage;
    private Scope2Method scope2Method;
    private Set<Scope3Category> scope3Categories = EnumSet.noneOf(Scope3Category.class);
    private String intensityUnit;
    private BigDecimal baseYearActivity;
    private BigDecimal projectedActivity;

    /** A new near-term scope 1+2 target counting scope 2 the way the inventory does. */
    public static TargetForm blank(Scope2Method inventoryMethod) {
        TargetForm form = new TargetForm();
        form.scope2Method = inventoryMethod;
        return form;
    }

    public static TargetForm of(TargetCommand target) {
        TargetForm form = new TargetForm();
        form.horizon = target.horizon();
        form.boundary = target.boundary();
        form.type = target.type();
        form.baseYearEmissions = target.baseYearEmissions();
        form.targetYear = target.targetYear();
        form.reduction = target.reduction();
        form.coverage = target.coverage();
        form.scope3Coverage = target.scope3Coverage();
        form.scope2Method = target.scope2Method();
        form.scope3Categories = target.scope3Categories();
        form.intensityUnit = target.intensityUnit();
        form.baseYearActivity = target.baseYearActivity();
        form.projectedActivity = target.projectedActivity();
        return form;
    }

    /**
     * What the editor states for the chosen boundary and type; a blank unit counts as none. An
     * input the editor no longer shows (typed before the boundary or type was changed) is left
     * out, so it can neither be refused at a hidden field nor be stored.
     */
    public TargetCommand toCommand() {
        String unit = intensityUnit == null || intensityUnit.isBlank() ? null : intensityUnit.strip();
        return new TargetCommand(horizon, boundary, type, baseYearEmissions, targetYear, reduction, coverage,
                asksScope3Coverage() ? scope3Coverage : null, asksScope2Method() ? scope2Method : null,
                asksScope3Categories() ? scope3Categories : null, asksIntensityBasis() ? unit : null,
                asksIntensityBasis() ? baseYearActivity : null, asksProjectedActivity() ? projectedActivity : null);
    }

    /** A combined scope 1+2+3 target states its scope 3 coverage apart (SBTi: 67 % / 90 % of scope 3). */
    public boolean asksScope3Coverage() {
        return boundary == TargetBoundary.SCOPE_1_2_3;
    }

    /** Scope 2 is counted one way (GHG Protocol Scope 2 Guidance) only where scope 2 is inside the boundary. */
    public boolean asksScope2Method() {
        return boundary == null || boundary.includesScope12();
    }

    /** Only a boundary with scope 3 names the categories it covers. */
    public boolean asksScope3Categories() {
        return boundary != null && boundary.includesScope3();
    }

    /** An intensity target names its unit and its base-year activity. */
    public boolean asksIntensityBasis() {
        return type != null && type.isIntensity();
    }

    /**
     * A physical-intensity target's ambition is judged on the absolute reduction it implies, so
     * it asks the activity projected for the target year (docs/domain-rules.md, section 3).
     */
    public boolean asksProjectedActivity() {
        return type == TargetType.PHYSICAL_INTENSITY;
    }

    public TargetHorizon getHorizon() {
        return horizon;
    }

    public void setHorizon(TargetHorizon horizon) {
        this.horizon = horizon;
    }

    public TargetBoundary getBoundary() {
        return boundary;
    }

    public void setBoundary(TargetBoundary boundary) {
        this.boundary = boundary;
    }

    public TargetType getType() {
        return type;
    }

    public void setType(TargetType type) {
        this.type = type;
    }

    public BigDecimal getBaseYearEmissions() {
        return baseYearEmissions;
    }

    public void setBaseYearEmissions(BigDecimal baseYearEmissions) {
        this.baseYearEmissions = baseYearEmissions;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(Integer targetYear) {
        this.targetYear = targetYear;
    }

    public BigDecimal getReduction() {
        return reduction;
    }

    public void setReduction(BigDecimal reduction) {
        this.reduction = reduction;
    }

    public BigDecimal getCoverage() {
        return coverage;
    }

    public void setCoverage(BigDecimal coverage) {
        this.coverage = coverage;
    }

    public BigDecimal getScope3Coverage() {
        return scope3Coverage;
    }

    public void setScope3Coverage(BigDecimal scope3Coverage) {
        this.scope3Coverage = scope3Coverage;
    }

    public Scope2Method getScope2Method() {
        return scope2Method;
    }

    public void setScope2Method(Scope2Method scope2Method) {
        this.scope2Method = scope2Method;
    }

    public Set<Scope3Category> getScope3Categories() {
        return scope3Categories;
    }

    public void setScope3Categories(Set<Scope3Category> scope3Categories) {
        this.scope3Categories = scope3Categories == null || scope3Categories.isEmpty()
                ? EnumSet.noneOf(Scope3Category.class) : EnumSet.copyOf(scope3Categories);
    }

    public String getIntensityUnit() {
        return intensityUnit;
    }

    public void setIntensityUnit(String intensityUnit) {
        this.intensityUnit = intensityUnit;
    }

    public BigDecimal getBaseYearActivity() {
        return baseYearActivity;
    }

    public void setBaseYearActivity(BigDecimal baseYearActivity) {
        this.baseYearActivity = baseYearActivity;
    }

    public BigDecimal getProjectedActivity() {
        return projectedActivity;
    }

    public void setProjectedActivity(BigDecimal projectedActivity) {
        this.projectedActivity = projectedActivity;
    }
}
