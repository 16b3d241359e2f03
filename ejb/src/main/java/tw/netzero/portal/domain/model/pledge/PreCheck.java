package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * Tells members and reviewers, rule by rule, whether pledge terms would meet the SBTi criteria
 * of the domain brief. Advisory only: the alliance may approve a pledge that fails.
 *
 * <p>The ambition rule passes only when the near-term target is 1.5 °C-aligned, as SBTi asks
 * of scope 1+2 targets; a well-below 2 °C target is reported through {@link Alignment}. Scope 3
 * coverage is the one coverage of the base-year inventory, measured against the near-term and,
 * when a long-term target is pledged, the long-term minimum.
 */
public final class PreCheck {

    private final PreCheckThresholds thresholds;

    public PreCheck(PreCheckThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public PreCheck() {
        this(PreCheckThresholds.DEFAULTS);
    }

    public PreCheckResult check(PledgeTerms terms, LocalDate submittedOn) {
        BaseYearInventory inventory = terms.inventory();
        BigDecimal rate = terms.nearTerm().linearAnnualReductionRate(terms.baseYear());
        Alignment alignment = Alignment.of(rate, thresholds);
        List<RuleResult> results = new ArrayList<>();
        results.add(nearTermTimeframe(terms, submittedOn));
        results.add(RuleResult.of(PreCheckRule.BASE_YEAR,
                !terms.baseYear().isBefore(thresholds.earliestBaseYear()),
                figures("baseYear", terms.baseYear().getValue(),
                        "earliestBaseYear", thresholds.earliestBaseYear().getValue())));
        results.add(RuleResult.of(PreCheckRule.SCOPE12_COVERAGE,
                inventory.scope12Coverage().isAtLeast(thresholds.minScope12Coverage()),
                figures("coverage", inventory.scope12Coverage().value(),
                        "minimum", thresholds.minScope12Coverage().value())));
        results.add(RuleResult.of(PreCheckRule.AMBITION, alignment == Alignment.ONE_POINT_FIVE_C,
                figures("annualRate", rate, "onePointFiveAnnualRate", thresholds.onePointFiveAnnualRate(),
                        "wellBelowTwoAnnualRate", thresholds.wellBelowTwoAnnualRate())));
        results.add(scope3Coverage(PreCheckRule.SCOPE3_NEAR_TERM_COVERAGE, inventory,
                thresholds.minScope3NearTermCoverage(), true));
        results.add(scope3Coverage(PreCheckRule.SCOPE3_LONG_TERM_COVERAGE, inventory,
                thresholds.minScope3LongTermCoverage(), terms.longTerm() != null));
        results.add(longTermReduction(terms.longTerm()));
        results.add(netZeroYear(terms));
        return new PreCheckResult(results, rate, alignment);
    }

    private RuleResult nearTermTimeframe(PledgeTerms terms, LocalDate submittedOn) {
        int submissionYear = submittedOn.getYear();
        int yearsAhead = terms.nearTerm().targetYear().getValue() - submissionYear;
        return RuleResult.of(PreCheckRule.NEAR_TERM_TIMEFRAME,
                yearsAhead >= thresholds.nearTermMinYears() && yearsAhead <= thresholds.nearTermMaxYears(),
                figures("yearsAhead", yearsAhead, "targetYear", terms.nearTerm().targetYear().getValue(),
                        "submissionYear", submissionYear, "minYears", thresholds.nearTermMinYears(),
                        "maxYears", thresholds.nearTermMaxYears()));
    }

    /** Applies only when scope 3 is a significant share of the total and the target exists. */
    private RuleResult scope3Coverage(PreCheckRule rule, BaseYearInventory inventory, Percentage minimum,
                                      boolean targetPledged) {
        Percentage share = inventory.scope3Share();
        if (!targetPledged || !share.isAtLeast(thresholds.scope3SignificantShare())) {
            return RuleResult.notApplicable(rule, figures("scope3Share", share.value(),
                    "significantShare", thresholds.scope3SignificantShare().value()));
        }
        return RuleResult.of(rule, inventory.scope3Coverage().isAtLeast(minimum),
                figures("coverage", inventory.scope3Coverage().value(), "minimum", minimum.value(),
                        "scope3Share", share.value(), "significantShare", thresholds.scope3SignificantShare().value()));
    }

    private RuleResult longTermReduction(Target longTerm) {
        if (longTerm == null) {
            return RuleResult.notApplicable(PreCheckRule.LONG_TERM_REDUCTION, Map.of());
        }
        return RuleResult.of(PreCheckRule.LONG_TERM_REDUCTION,
                longTerm.reduction().isAtLeast(thresholds.longTermMinReduction()),
                figures("reduction", longTerm.reduction().value(), "minimum", thresholds.longTermMinReduction().value()));
    }

    private RuleResult netZeroYear(PledgeTerms terms) {
        if (terms.netZeroYear() == null) {
            return RuleResult.notApplicable(PreCheckRule.NET_ZERO_YEAR, Map.of());
        }
        return RuleResult.of(PreCheckRule.NET_ZERO_YEAR,
                !terms.netZeroYear().isAfter(thresholds.latestNetZeroYear()),
                figures("netZeroYear", terms.netZeroYear().getValue(),
                        "latestNetZeroYear", thresholds.latestNetZeroYear().getValue()));
    }

    /** Names and values, alternating, kept in order for the message placeholders. */
    private static Map<String, Number> figures(Object... namesAndValues) {
        Map<String, Number> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], (Number) namesAndValues[i + 1]);
        }
        return figures;
    }
}
