package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.pledge.TargetVerdict;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * One target of an active member's approved pledge version in force, as the open-data download
 * lists it in the columns of SBTi's target dashboard: only public facts. The classification and
 * the annual rate are the pre-check's under the criteria in force on the version's submission
 * day (null rate when it cannot be judged: physical intensity without projected activity);
 * {@code consistentWithSbtiCriteria} is the pre-check's verdict on the whole pledge ("consistent
 * with SBTi criteria, not an SBTi validation"). No scope 2 method for a scope 3 target, no
 * scope 3 categories for a scope 1+2 target.
 */
public record TargetRow(String ubn, String nameEn, String nameZh, IndustryGroup group, TargetHorizon horizon,
                        TargetBoundary boundary, TargetType type, BigDecimal reductionPercent, Year baseYear,
                        Year targetYear, TargetClassification classification, BigDecimal annualRate,
                        Scope2Method scope2Method, Set<Scope3Category> scope3Categories, Year netZeroYear,
                        LocalDate submittedOn, boolean consistentWithSbtiCriteria) implements Serializable {

    public TargetRow {
        scope3Categories = Set.copyOf(scope3Categories);
    }

    /** A member's rows: one per target of its pledge in force, in the pledge's order (near-term first). */
    public static List<TargetRow> of(MemberFacts company, PledgeInForce pledge) {
        boolean consistent = pledge.preCheck().consistentWithSbtiCriteria();
        return pledge.preCheck().targets().stream().map(verdict -> of(company, pledge, verdict, consistent)).toList();
    }

    private static TargetRow of(MemberFacts company, PledgeInForce pledge, TargetVerdict verdict, boolean consistent) {
        PledgeTarget target = verdict.target();
        return new TargetRow(company.ubn(), company.nameEn(), company.nameZh(), company.group(), target.horizon(),
                target.boundary(), target.type(), target.reduction().value(), target.baseYear(), target.targetYear(),
                verdict.classification(), verdict.annualRate(), target.scope2Method(), target.scope3Categories(),
                pledge.terms().netZeroYear(), pledge.submittedOn(), consistent);
    }

    /** The covered scope 3 categories by GHG Protocol number, in that order: "1, 4, 15"; empty for none. */
    public String scope3CategoryNumbers() {
        return scope3Categories.stream().mapToInt(Scope3Category::number).sorted().mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
    }
}
