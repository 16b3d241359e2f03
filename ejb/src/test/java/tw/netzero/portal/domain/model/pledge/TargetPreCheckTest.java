package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.SUBMITTED_V4;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.SUBMITTED_V5;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.combined;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.pledge;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.scope12;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.scope3;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import tw.netzero.portal.domain.model.shared.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.shared.Emissions;

class TargetPreCheckTest {

    private final TargetPreCheck preCheck = new TargetPreCheck();

    @Test
    void theTypicalPledgeIsConsistentUnderV5() {
        TargetPreCheckResult result = preCheck.check(TargetExamples.typicalPledge(), SUBMITTED_V5);
        assertEquals(SbtiCriteriaVersion.V5, result.criteriaVersion());
        assertTrue(result.consistentWithSbtiCriteria(), () -> result.toString());
        assertFalse(result.flagged());
        assertEquals("pledge.precheck.label.consistent", result.labelKey());
        TargetVerdict scope12 = result.targets().get(0);
        assertEquals(TargetClassification.ONE_POINT_FIVE_C, scope12.classification());
        assertEquals(new BigDecimal("4.2"), scope12.annualRate());
        TargetRuleResult ambition = scope12.resultOf(TargetRule.AMBITION).orElseThrow();
        assertEquals("pledge.targetCheck.ambition.passed", ambition.messageKey());
        assertEquals(List.of(new BigDecimal("4.2"), new BigDecimal("4.2")), List.copyOf(ambition.figures().values()));
        assertEquals(List.of(7, 2030, 2023, 5, 10), List.copyOf(
                scope12.resultOf(TargetRule.NEAR_TERM_TIMEFRAME).orElseThrow().figures().values()));
        assertEquals(TargetClassification.WELL_BELOW_TWO_C, result.targets().get(1).classification());
    }

    /** Years from the submission year to the target year: 5 to 15 under v4.x, 5 to 10 under v5.x. */
    @ParameterizedTest
    @CsvSource({
            "2021-03-01, 4,  FAILED", "2021-03-01, 5,  PASSED", "2021-03-01, 10, PASSED",
            "2021-03-01, 11, PASSED", "2021-03-01, 13, PASSED", "2021-03-01, 15, PASSED",
            "2021-03-01, 16, FAILED",
            "2023-03-01, 4,  FAILED", "2023-03-01, 5,  PASSED", "2023-03-01, 10, PASSED",
            "2023-03-01, 11, FAILED", "2023-03-01, 13, FAILED", "2023-03-01, 15, FAILED",
            "2023-03-01, 16, FAILED",
            "2018-06-01, 15, PASSED", "2018-06-01, 16, FAILED"})
    void nearTermTimeframeIsMeasuredFromTheSubmissionYearPerVersion(LocalDate submittedOn, int yearsAhead,
                                                                    RuleOutcome expected) {
        int targetYear = submittedOn.getYear() + yearsAhead;
        assertEquals(expected, targetRule(TargetRule.NEAR_TERM_TIMEFRAME,
                scope12(2017, targetYear, "90"), submittedOn).outcome());
    }

    @ParameterizedTest
    @CsvSource({
            "2014, 2023-03-01, FAILED", "2015, 2023-03-01, PASSED",
            "2014, 2021-03-01, NOT_APPLICABLE", "2010, 2021-03-01, NOT_APPLICABLE"})
    void baseYearIsNoEarlierThan2015OnlyFromV5(int baseYear, LocalDate submittedOn, RuleOutcome expected) {
        assertEquals(expected, targetRule(TargetRule.BASE_YEAR, scope12(baseYear, 2030, "90"), submittedOn).outcome());
    }

    @ParameterizedTest
    @CsvSource({
            "SCOPE_1_2,   NEAR_TERM, 94.99, FAILED", "SCOPE_1_2,   NEAR_TERM, 95, PASSED",
            "SCOPE_1_2,   LONG_TERM, 94.99, FAILED", "SCOPE_1_2,   LONG_TERM, 95, PASSED",
            "SCOPE_3,     NEAR_TERM, 66.99, FAILED", "SCOPE_3,     NEAR_TERM, 67, PASSED",
            "SCOPE_3,     LONG_TERM, 89.99, FAILED", "SCOPE_3,     LONG_TERM, 90, PASSED",
            "SCOPE_1_2_3, NEAR_TERM, 94.99, FAILED", "SCOPE_1_2_3, NEAR_TERM, 95, PASSED"})
    void coverageOfTheBoundaryMeetsItsMinimum(TargetBoundary boundary, TargetHorizon horizon, String coverage,
                                             RuleOutcome expected) {
        int targetYear = horizon == TargetHorizon.NEAR_TERM ? 2030 : 2050;
        PledgeTarget target = switch (boundary) {
            case SCOPE_1_2 -> scope12(horizon, 2020, targetYear, "90", coverage);
            case SCOPE_3 -> scope3(horizon, 2020, targetYear, "90", coverage);
            case SCOPE_1_2_3 -> combined(horizon, 2020, targetYear, "90", coverage);
        };
        assertEquals(expected, targetRule(TargetRule.COVERAGE, target, SUBMITTED_V5).outcome());
    }

    @ParameterizedTest
    @CsvSource({
            "NEAR_TERM, 95, 66.99, FAILED", "NEAR_TERM, 95, 67, PASSED", "NEAR_TERM, 94.99, 100, FAILED",
            "LONG_TERM, 95, 89.99, FAILED", "LONG_TERM, 95, 90, PASSED"})
    void combinedTargetCoversBothItsScope12AndItsScope3Part(TargetHorizon horizon, String scope12Coverage,
                                                          String scope3Coverage, RuleOutcome expected) {
        int targetYear = horizon == TargetHorizon.NEAR_TERM ? 2030 : 2050;
        PledgeTarget target = combined(horizon, 2020, targetYear, "90", scope12Coverage)
                .withScope3Coverage(Percentage.of(scope3Coverage));
        assertEquals(expected, targetRule(TargetRule.COVERAGE, target, SUBMITTED_V5).outcome());
    }

    @ParameterizedTest
    @CsvSource({"89.9, 2050, FAILED, PASSED", "90, 2050, PASSED, PASSED", "95, 2051, PASSED, FAILED"})
    void longTermTargetReducesNinetyPercentBy2050(String reduction, int targetYear, RuleOutcome reductionOutcome,
                                                  RuleOutcome yearOutcome) {
        PledgeTarget longTerm = scope12(TargetHorizon.LONG_TERM, 2020, targetYear, reduction, "100");
        assertEquals(reductionOutcome, targetRule(TargetRule.LONG_TERM_REDUCTION, longTerm, SUBMITTED_V5).outcome());
        assertEquals(yearOutcome, targetRule(TargetRule.LONG_TERM_YEAR, longTerm, SUBMITTED_V5).outcome());
    }

    /**
     * Scope 1+2 near-term minimum: 1.5 °C under v5.x, well-below 2 °C under v4.x (2 °C in its
     * grace); scope 3: well-below 2 °C under v5.x, 2 °C before. Rates over 10 years (2020-2030).
     */
    @ParameterizedTest
    @CsvSource({
            "SCOPE_1_2,   2023-03-01, 42,   PASSED", "SCOPE_1_2,   2023-03-01, 41.4, FAILED",
            "SCOPE_1_2,   2021-03-01, 25,   PASSED", "SCOPE_1_2,   2021-03-01, 24.4, FAILED",
            "SCOPE_1_2,   2019-06-01, 24.4, PASSED", "SCOPE_1_2,   2019-06-01, 12.2, FAILED",
            "SCOPE_3,     2023-03-01, 25,   PASSED", "SCOPE_3,     2023-03-01, 24.5, PASSED",
            "SCOPE_3,     2023-03-01, 24.4, FAILED", "SCOPE_3,     2021-03-01, 12.3, PASSED",
            "SCOPE_1_2_3, 2023-03-01, 41.4, FAILED", "SCOPE_1_2_3, 2023-03-01, 41.5, PASSED"})
    void ambitionMeetsTheVersionsMinimumForTheBoundary(TargetBoundary boundary, LocalDate submittedOn,
                                                      String reduction, RuleOutcome expected) {
        PledgeTarget target = switch (boundary) {
            case SCOPE_1_2 -> scope12(2020, 2030, reduction);
            case SCOPE_3 -> scope3(2020, 2030, reduction);
            case SCOPE_1_2_3 -> combined(TargetHorizon.NEAR_TERM, 2020, 2030, reduction, "95");
        };
        assertEquals(expected, targetRule(TargetRule.AMBITION, target, submittedOn).outcome());
    }

    @Test
    void physicalIntensityWithoutProjectedActivityFailsAmbitionAsUnjudgeable() {
        TargetVerdict verdict = preCheck.check(pledge(null, TargetExamples.steelIntensity(2020, 2030, "60", null)),
                SUBMITTED_V5).targets().get(0);
        TargetRuleResult ambition = verdict.resultOf(TargetRule.AMBITION).orElseThrow();
        assertEquals(RuleOutcome.FAILED, ambition.outcome());
        assertEquals("pledge.targetCheck.ambition.needsProjectedActivity", ambition.messageKey());
        assertNull(verdict.annualRate());
    }

    @Test
    void physicalIntensityWithProjectedActivityReportsTheImpliedReduction() {
        TargetRuleResult ambition = targetRule(TargetRule.AMBITION,
                TargetExamples.steelIntensity(2020, 2030, "55", "1100000"), SUBMITTED_V5);
        assertEquals(RuleOutcome.PASSED, ambition.outcome());
        assertEquals("pledge.targetCheck.ambition.implied.passed", ambition.messageKey());
        assertEquals(List.of(new BigDecimal("50.50"), new BigDecimal("5.1"), new BigDecimal("4.2")),
                List.copyOf(ambition.figures().values()));
    }

    @ParameterizedTest
    @CsvSource({"51.35, PASSED", "51.34, FAILED"})
    void economicIntensityNeedsSevenPercentYearOnYear(String reduction, RuleOutcome expected) {
        TargetRuleResult ambition = targetRule(TargetRule.AMBITION,
                TargetExamples.revenueIntensity(2020, 2030, reduction), SUBMITTED_V5);
        assertEquals(expected, ambition.outcome());
        assertTrue(ambition.messageKey().startsWith("pledge.targetCheck.ambition.yearOnYear."));
    }

    @Test
    void aScope12NearTermTargetIsRequired() {
        TargetPreCheckResult result = preCheck.check(pledge(null, scope3(2020, 2030, "30")), SUBMITTED_V5);
        assertEquals(RuleOutcome.FAILED, result.pledgeResultOf(TargetRule.SCOPE12_TARGET_REQUIRED).orElseThrow().outcome());
        assertFalse(result.consistentWithSbtiCriteria());
    }

    @Test
    void aScope3TargetIsRequiredFromFortyPercentOfTheTotal() {
        TargetSet significant = pledge(null, scope12(2020, 2030, "42"));
        assertEquals(RuleOutcome.FAILED, pledgeRule(TargetRule.SCOPE3_TARGET_REQUIRED, significant).outcome());
        TargetSet small = new TargetSet(List.of(scope12(2020, 2030, "42")), Emissions.of("60.001"),
                Emissions.of("39.999"), null);
        assertEquals(RuleOutcome.NOT_APPLICABLE, pledgeRule(TargetRule.SCOPE3_TARGET_REQUIRED, small).outcome());
        TargetSet exactlyForty = new TargetSet(List.of(scope12(2020, 2030, "42")), Emissions.of("60"),
                Emissions.of("40"), null);
        assertEquals(RuleOutcome.FAILED, pledgeRule(TargetRule.SCOPE3_TARGET_REQUIRED, exactlyForty).outcome());
    }

    @Test
    void aCombinedTargetCountsTowardBothRequirements() {
        TargetPreCheckResult result = preCheck.check(
                pledge(null, combined(TargetHorizon.NEAR_TERM, 2020, 2030, "42", "95")), SUBMITTED_V5);
        assertEquals(RuleOutcome.PASSED, result.pledgeResultOf(TargetRule.SCOPE12_TARGET_REQUIRED).orElseThrow().outcome());
        assertEquals(RuleOutcome.PASSED, result.pledgeResultOf(TargetRule.SCOPE3_TARGET_REQUIRED).orElseThrow().outcome());
    }

    @ParameterizedTest
    @CsvSource({"2050, PASSED", "2051, FAILED"})
    void netZeroIsNoLaterThan2050(int netZeroYear, RuleOutcome expected) {
        TargetSet targets = pledge(Year.of(netZeroYear), scope12(2020, 2030, "42"), scope3(2020, 2030, "25"),
                scope12(TargetHorizon.LONG_TERM, 2020, 2045, "90", "95"));
        assertEquals(expected, pledgeRule(TargetRule.NET_ZERO_YEAR, targets).outcome());
    }

    @Test
    void netZeroWithoutLongTermTargetIsFlaggedNotRefused() {
        TargetPreCheckResult result = preCheck.check(
                pledge(Year.of(2050), scope12(2020, 2030, "42"), scope3(2020, 2030, "25")), SUBMITTED_V5);
        TargetRuleResult rule = result.pledgeResultOf(TargetRule.NET_ZERO_LONG_TERM).orElseThrow();
        assertEquals(RuleOutcome.FLAGGED, rule.outcome());
        assertEquals("pledge.targetCheck.netZeroLongTerm.flagged", rule.messageKey());
        assertTrue(result.flagged());
        assertTrue(result.consistentWithSbtiCriteria(), "a flag does not fail the pledge");
    }

    /** Years in any order are judged, never thrown at: net zero before a long-term year is flagged. */
    @ParameterizedTest
    @CsvSource({"2040, 2045, FLAGGED", "2045, 2045, PASSED", "2050, 2045, PASSED", "2025, 2045, FLAGGED"})
    void netZeroBeforeATargetYearIsFlagged(int netZeroYear, int longTermYear, RuleOutcome expected) {
        TargetSet targets = pledge(Year.of(netZeroYear), scope12(2020, 2030, "42"),
                scope12(TargetHorizon.LONG_TERM, 2020, longTermYear, "90", "95"));
        assertEquals(expected, pledgeRule(TargetRule.NET_ZERO_ORDER, targets).outcome());
    }

    @Test
    void noNetZeroYearLeavesTheNetZeroRulesNotApplicable() {
        TargetSet targets = pledge(null, scope12(2020, 2030, "42"));
        assertEquals(RuleOutcome.NOT_APPLICABLE, pledgeRule(TargetRule.NET_ZERO_YEAR, targets).outcome());
        assertEquals(RuleOutcome.NOT_APPLICABLE, pledgeRule(TargetRule.NET_ZERO_LONG_TERM, targets).outcome());
        assertEquals(RuleOutcome.NOT_APPLICABLE, pledgeRule(TargetRule.NET_ZERO_ORDER, targets).outcome());
    }

    /** A 13-year horizon passes under v4.x (submitted 2021) and fails under v5.x (submitted 2023). */
    @Test
    void theSameHorizonPassesUnderV4AndFailsUnderV5() {
        assertEquals(RuleOutcome.PASSED, targetRule(TargetRule.NEAR_TERM_TIMEFRAME, scope12(2020, 2034, "60"),
                SUBMITTED_V4).outcome());
        assertEquals(RuleOutcome.FAILED, targetRule(TargetRule.NEAR_TERM_TIMEFRAME, scope12(2020, 2036, "60"),
                SUBMITTED_V5).outcome());
    }

    @ParameterizedTest
    @CsvSource({"2023-03-01, 2028-03-01", "2024-02-29, 2029-02-28"})
    void targetReviewFallsDueFiveYearsAfterApproval(LocalDate approvedOn, LocalDate due) {
        assertEquals(due, TargetPreCheck.reviewDueOn(approvedOn));
    }

    private TargetRuleResult targetRule(TargetRule rule, PledgeTarget target, LocalDate submittedOn) {
        return preCheck.check(pledge(null, target), submittedOn).targets().get(0).resultOf(rule).orElseThrow();
    }

    private TargetRuleResult pledgeRule(TargetRule rule, TargetSet targets) {
        return preCheck.check(targets, SUBMITTED_V5).pledgeResultOf(rule).orElseThrow();
    }
}
