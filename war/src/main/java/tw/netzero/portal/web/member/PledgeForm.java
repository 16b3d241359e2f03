package tw.netzero.portal.web.member;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import tw.netzero.portal.domain.model.pledge.BoundaryApproach;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * The pledge's own terms as bound to the wizard's steps (docs/architecture.md, "Forms"): the
 * inputs only; {@link #toCommand} hands them to the service as a {@link PledgeCommand}, whose
 * constraints and rules decide. The coverage percentages have no input on these steps; they are
 * carried over as loaded, so saving the wizard never clears them.
 */
public class PledgeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer baseYear;
    private BigDecimal scope1;
    private BigDecimal scope2LocationBased;
    private BigDecimal scope2MarketBased;
    private Scope2Method scope2Method;
    private BigDecimal scope3;
    private Set<Scope3Category> scope3Categories = EnumSet.noneOf(Scope3Category.class);
    private BigDecimal scope12Coverage;
    private BigDecimal scope3Coverage;
    private BoundaryApproach boundary;
    private Integer netZeroYear;
    private boolean offsetsCounted;
    private String measures;
    private LocalDate sbtiValidatedOn;
    private TargetClassification sbtiClassification;
    private String sbtiLink;

    public static PledgeForm of(PledgeCommand pledge) {
        PledgeForm form = new PledgeForm();
        form.baseYear = pledge.baseYear();
        form.scope1 = pledge.scope1();
        form.scope2LocationBased = pledge.scope2LocationBased();
        form.scope2MarketBased = pledge.scope2MarketBased();
        form.scope2Method = pledge.scope2Method();
        form.scope3 = pledge.scope3();
        form.scope3Categories = pledge.scope3Categories();
        form.scope12Coverage = pledge.scope12Coverage();
        form.scope3Coverage = pledge.scope3Coverage();
        form.boundary = pledge.boundary();
        form.netZeroYear = pledge.netZeroYear();
        form.offsetsCounted = pledge.offsetsCounted();
        form.measures = pledge.measures();
        form.sbtiValidatedOn = pledge.sbtiValidatedOn();
        form.sbtiClassification = pledge.sbtiClassification();
        form.sbtiLink = pledge.sbtiLink();
        return form;
    }

    /** What the steps state now, as typed (checked by the command's constraints, not here). */
    public PledgeCommand toCommand() {
        return new PledgeCommand(baseYear, scope1, scope2LocationBased, scope2MarketBased, scope2Method, scope3,
                scope3Categories, scope12Coverage, scope3Coverage, boundary, netZeroYear, offsetsCounted, measures,
                sbtiValidatedOn, sbtiClassification, sbtiLink);
    }

    public Integer getBaseYear() {
        return baseYear;
    }

    public void setBaseYear(Integer baseYear) {
        this.baseYear = baseYear;
    }

    public BigDecimal getScope1() {
        return scope1;
    }

    public void setScope1(BigDecimal scope1) {
        this.scope1 = scope1;
    }

    public BigDecimal getScope2LocationBased() {
        return scope2LocationBased;
    }

    public void setScope2LocationBased(BigDecimal scope2LocationBased) {
        this.scope2LocationBased = scope2LocationBased;
    }

    public BigDecimal getScope2MarketBased() {
        return scope2MarketBased;
    }

    public void setScope2MarketBased(BigDecimal scope2MarketBased) {
        this.scope2MarketBased = scope2MarketBased;
    }

    public Scope2Method getScope2Method() {
        return scope2Method;
    }

    public void setScope2Method(Scope2Method scope2Method) {
        this.scope2Method = scope2Method;
    }

    public BigDecimal getScope3() {
        return scope3;
    }

    public void setScope3(BigDecimal scope3) {
        this.scope3 = scope3;
    }

    public Set<Scope3Category> getScope3Categories() {
        return scope3Categories;
    }

    public void setScope3Categories(Set<Scope3Category> scope3Categories) {
        this.scope3Categories = scope3Categories == null || scope3Categories.isEmpty()
                ? EnumSet.noneOf(Scope3Category.class) : EnumSet.copyOf(scope3Categories);
    }

    public BoundaryApproach getBoundary() {
        return boundary;
    }

    public void setBoundary(BoundaryApproach boundary) {
        this.boundary = boundary;
    }

    public Integer getNetZeroYear() {
        return netZeroYear;
    }

    public void setNetZeroYear(Integer netZeroYear) {
        this.netZeroYear = netZeroYear;
    }

    public boolean isOffsetsCounted() {
        return offsetsCounted;
    }

    public void setOffsetsCounted(boolean offsetsCounted) {
        this.offsetsCounted = offsetsCounted;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public LocalDate getSbtiValidatedOn() {
        return sbtiValidatedOn;
    }

    public void setSbtiValidatedOn(LocalDate sbtiValidatedOn) {
        this.sbtiValidatedOn = sbtiValidatedOn;
    }

    public TargetClassification getSbtiClassification() {
        return sbtiClassification;
    }

    public void setSbtiClassification(TargetClassification sbtiClassification) {
        this.sbtiClassification = sbtiClassification;
    }

    public String getSbtiLink() {
        return sbtiLink;
    }

    public void setSbtiLink(String sbtiLink) {
        this.sbtiLink = sbtiLink;
    }
}
