package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * Tells members and reviewers, target by target and for the pledge as a whole, whether a set of
 * targets would meet the SBTi criteria in force on the submission day (domain brief, "Pledges";
 * every rule and threshold is written out in docs/domain-rules.md). Advisory only: the alliance
 * may approve a pledge that fails, and nothing here throws for an unusual order of years.
 *
 * <p>Per target: near-term targets are judged on ambition (by boundary and version), timeframe
 * from the submission year, base year (v5.x) and coverage; long-term targets on coverage, the
 * 90 % reduction and 2050. A combined scope 1+2+3 target is judged with the scope 1+2 thresholds
 * and counts toward both the scope 1+2 and the scope 3 requirement.
 */
public final class TargetPreCheck {

    public TargetPreCheckResult check(TargetSet pledge, LocalDate submittedOn) {
        Objects.requireNonNull(pledge, "pledge");
        Objects.requireNonNull(submittedOn, "submittedOn");
        SbtiCriteriaVersion version = SbtiCriteriaVersion.inForceOn(submittedOn);
        boolean scope3Significant = scope3Share(pledge).isAtLeast(SbtiThresholds.SCOPE3_SIGNIFICANT_SHARE);
        List<TargetVerdict> verdicts = pledge.targets().stream()
                .map(target -> verdictOf(target, version, submittedOn, scope3Significant))
                .toList();
        List<TargetRuleResult> pledgeResults = List.of(
                scope12TargetRequired(pledge),
                scope3TargetRequired(pledge),
                netZeroYear(pledge),
                netZeroLongTerm(pledge),
                netZeroOrder(pledge));
        return new TargetPreCheckResult(version, verdicts, pledgeResults);
    }

    /** SBTi reviews targets at least every five years: the date the next review falls due. */
    public static LocalDate reviewDueOn(LocalDate approvedOn) {
        return approvedOn.plusYears(SbtiThresholds.TARGET_REVIEW_INTERVAL_YEARS);
    }

    private static TargetVerdict verdictOf(PledgeTarget target, SbtiCriteriaVersion version, LocalDate submittedOn,
                                           boolean scope3Significant) {
        Optional<AnnualReductionRate> rate = target.annualReductionRate();
        TargetClassification classification = target.classification(version);
        List<TargetRuleResult> results = new ArrayList<>();
        if (target.horizon() == TargetHorizon.NEAR_TERM) {
            results.add(ambition(target, rate, classification, version, submittedOn));
            results.add(nearTermTimeframe(target, version, submittedOn));
            results.add(baseYear(target, version));
            results.add(coverage(target, scope3Significant));
        } else {
            results.add(coverage(target, scope3Significant));
            results.add(TargetRuleResult.passedIf(TargetRule.LONG_TERM_REDUCTION,
                    target.reduction().isAtLeast(SbtiThresholds.LONG_TERM_MIN_REDUCTION),
                    figures("reduction", target.reduction().value(),
                            "minimum", SbtiThresholds.LONG_TERM_MIN_REDUCTION.value())));
            results.add(TargetRuleResult.passedIf(TargetRule.LONG_TERM_YEAR,
                    !target.targetYear().isAfter(SbtiThresholds.LATEST_LONG_TERM_TARGET_YEAR),
                    figures("targetYear", target.targetYear().getValue(),
                            "latestYear", SbtiThresholds.LATEST_LONG_TERM_TARGET_YEAR.getValue())));
        }
        return new TargetVerdict(target, classification, rate.map(AnnualReductionRate::percentPerYear).orElse(null),
                results);
    }

    /**
     * Scope 1+2 and combined targets need the version's scope 1+2 minimum, scope 3 targets the
     * scope 3 minimum. The figures are the rate at one decimal and the rate the minimum class
     * needs (7.0 for an economic-intensity target, year-on-year).
     */
    private static TargetRuleResult ambition(PledgeTarget target, Optional<AnnualReductionRate> rate,
                                             TargetClassification classification, SbtiCriteriaVersion version,
                                             LocalDate submittedOn) {
        if (rate.isEmpty()) {
            return new TargetRuleResult(TargetRule.AMBITION, RuleOutcome.FAILED,
                    TargetRule.AMBITION.messageKey("needsProjectedActivity"), Map.of());
        }
        TargetClassification minimum = target.boundary().includesScope12()
                ? version.minimumScope12Classification(submittedOn) : version.minimumScope3Classification();
        boolean passed = classification.isAtLeast(minimum);
        RuleOutcome outcome = passed ? RuleOutcome.PASSED : RuleOutcome.FAILED;
        String suffix = passed ? "passed" : "failed";
        return switch (target.type()) {
            case ABSOLUTE -> new TargetRuleResult(TargetRule.AMBITION, outcome, TargetRule.AMBITION.messageKey(suffix),
                    figures("annualRate", rate.get().percentPerYear(), "minimumRate", minimum.minimumLinearRate()));
            case ECONOMIC_INTENSITY -> new TargetRuleResult(TargetRule.AMBITION, outcome,
                    TargetRule.AMBITION.messageKey("yearOnYear." + suffix),
                    figures("annualRate", rate.get().percentPerYear(),
                            "minimumRate", SbtiThresholds.ECONOMIC_INTENSITY_YEAR_ON_YEAR_RATE));
            case PHYSICAL_INTENSITY -> new TargetRuleResult(TargetRule.AMBITION, outcome,
                    TargetRule.AMBITION.messageKey("implied." + suffix),
                    figures("impliedReduction", target.impliedAbsoluteReduction().orElseThrow(),
                            "annualRate", rate.get().percentPerYear(), "minimumRate", minimum.minimumLinearRate()));
        };
    }

    /** Years from the submission year to the target year, within the version's window, inclusive. */
    private static TargetRuleResult nearTermTimeframe(PledgeTarget target, SbtiCriteriaVersion version,
                                                      LocalDate submittedOn) {
        int submissionYear = submittedOn.getYear();
        int yearsAhead = target.targetYear().getValue() - submissionYear;
        return TargetRuleResult.passedIf(TargetRule.NEAR_TERM_TIMEFRAME,
                yearsAhead >= version.nearTermMinYears() && yearsAhead <= version.nearTermMaxYears(),
                figures("yearsAhead", yearsAhead, "targetYear", target.targetYear().getValue(),
                        "submissionYear", submissionYear, "minYears", version.nearTermMinYears(),
                        "maxYears", version.nearTermMaxYears()));
    }

    /** Only v5.x sets an earliest base year; before it the rule does not apply. */
    private static TargetRuleResult baseYear(PledgeTarget target, SbtiCriteriaVersion version) {
        Optional<Year> earliest = version.earliestBaseYear();
        if (earliest.isEmpty()) {
            return TargetRuleResult.of(TargetRule.BASE_YEAR, RuleOutcome.NOT_APPLICABLE,
                    figures("baseYear", target.baseYear().getValue()));
        }
        return TargetRuleResult.passedIf(TargetRule.BASE_YEAR, !target.baseYear().isBefore(earliest.get()),
                figures("baseYear", target.baseYear().getValue(), "earliestBaseYear", earliest.get().getValue()));
    }

    /**
     * 95 % for scope 1+2; 67 % near-term and 90 % long-term for scope 3; a combined scope 1+2+3
     * target must meet both on its two parts (Corporate Net-Zero Standard; v5.x near-term criteria),
     * its scope 3 part only when scope 3 is significant (at least 40 %), as SBTi asks scope 3
     * coverage only then.
     */
    private static TargetRuleResult coverage(PledgeTarget target, boolean scope3Significant) {
        Percentage scope3Minimum = target.horizon() == TargetHorizon.NEAR_TERM
                ? SbtiThresholds.MIN_SCOPE3_NEAR_TERM_COVERAGE : SbtiThresholds.MIN_SCOPE3_LONG_TERM_COVERAGE;
        if (target.boundary() == TargetBoundary.SCOPE_1_2_3 && scope3Significant) {
            boolean passed = target.coverage().isAtLeast(SbtiThresholds.MIN_SCOPE12_COVERAGE)
                    && target.scope3Coverage().isAtLeast(scope3Minimum);
            return new TargetRuleResult(TargetRule.COVERAGE, passed ? RuleOutcome.PASSED : RuleOutcome.FAILED,
                    TargetRule.COVERAGE.messageKey("combined." + (passed ? "passed" : "failed")),
                    figures("scope12Coverage", target.coverage().value(),
                            "scope12Minimum", SbtiThresholds.MIN_SCOPE12_COVERAGE.value(),
                            "scope3Coverage", target.scope3Coverage().value(), "scope3Minimum", scope3Minimum.value()));
        }
        Percentage minimum = target.boundary().includesScope12() ? SbtiThresholds.MIN_SCOPE12_COVERAGE : scope3Minimum;
        return TargetRuleResult.passedIf(TargetRule.COVERAGE, target.coverage().isAtLeast(minimum),
                figures("coverage", target.coverage().value(), "minimum", minimum.value()));
    }

    private static TargetRuleResult scope12TargetRequired(TargetSet pledge) {
        return TargetRuleResult.passedIf(TargetRule.SCOPE12_TARGET_REQUIRED,
                pledge.targets().stream().anyMatch(t -> t.horizon() == TargetHorizon.NEAR_TERM
                        && t.boundary().includesScope12()), Map.of());
    }

    /** Share of scope 3 in scopes 1+2+3, truncated to two decimals so 39.999 % stays below 40 %. */
    private static Percentage scope3Share(TargetSet pledge) {
        return Percentage.ofShare(pledge.baseYearScope3().tonnes(),
                pledge.baseYearScope12().add(pledge.baseYearScope3()).tonnes());
    }

    private static TargetRuleResult scope3TargetRequired(TargetSet pledge) {
        Percentage share = scope3Share(pledge);
        Map<String, Number> figures = figures("scope3Share", share.value(),
                "significantShare", SbtiThresholds.SCOPE3_SIGNIFICANT_SHARE.value());
        if (!share.isAtLeast(SbtiThresholds.SCOPE3_SIGNIFICANT_SHARE)) {
            return TargetRuleResult.of(TargetRule.SCOPE3_TARGET_REQUIRED, RuleOutcome.NOT_APPLICABLE, figures);
        }
        return TargetRuleResult.passedIf(TargetRule.SCOPE3_TARGET_REQUIRED,
                pledge.targets().stream().anyMatch(t -> t.horizon() == TargetHorizon.NEAR_TERM
                        && t.boundary().includesScope3()), figures);
    }

    private static TargetRuleResult netZeroYear(TargetSet pledge) {
        if (pledge.netZeroYear() == null) {
            return TargetRuleResult.of(TargetRule.NET_ZERO_YEAR, RuleOutcome.NOT_APPLICABLE, Map.of());
        }
        return TargetRuleResult.passedIf(TargetRule.NET_ZERO_YEAR,
                !pledge.netZeroYear().isAfter(SbtiThresholds.LATEST_NET_ZERO_YEAR),
                figures("netZeroYear", pledge.netZeroYear().getValue(),
                        "latestNetZeroYear", SbtiThresholds.LATEST_NET_ZERO_YEAR.getValue()));
    }

    /** SBTi sets net zero only with a long-term target: without one the pledge is flagged, nothing invented. */
    private static TargetRuleResult netZeroLongTerm(TargetSet pledge) {
        if (pledge.netZeroYear() == null) {
            return TargetRuleResult.of(TargetRule.NET_ZERO_LONG_TERM, RuleOutcome.NOT_APPLICABLE, Map.of());
        }
        boolean longTerm = pledge.targets().stream().anyMatch(t -> t.horizon() == TargetHorizon.LONG_TERM);
        return TargetRuleResult.of(TargetRule.NET_ZERO_LONG_TERM, longTerm ? RuleOutcome.PASSED : RuleOutcome.FLAGGED,
                figures("netZeroYear", pledge.netZeroYear().getValue()));
    }

    /** A net-zero year before the latest target year is flagged, not refused. */
    private static TargetRuleResult netZeroOrder(TargetSet pledge) {
        Optional<Year> latestTargetYear = pledge.targets().stream().map(PledgeTarget::targetYear)
                .max(Year::compareTo);
        if (pledge.netZeroYear() == null || latestTargetYear.isEmpty()) {
            return TargetRuleResult.of(TargetRule.NET_ZERO_ORDER, RuleOutcome.NOT_APPLICABLE, Map.of());
        }
        boolean inOrder = !pledge.netZeroYear().isBefore(latestTargetYear.get());
        return TargetRuleResult.of(TargetRule.NET_ZERO_ORDER, inOrder ? RuleOutcome.PASSED : RuleOutcome.FLAGGED,
                figures("netZeroYear", pledge.netZeroYear().getValue(),
                        "latestTargetYear", latestTargetYear.get().getValue()));
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
