package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.BASE_YEAR;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.absolute;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * The pre-check of a pledge's terms as the portal stores them today (one near-term and an
 * optional long-term target on one boundary), judged target by target with the SBTi criteria in
 * force on the submission day (issue 12).
 */
class PreCheckTest {

    private static final LocalDate V5 = LocalDate.of(2023, 3, 1);

    private static PreCheckResult check(PledgeTerms terms, LocalDate submittedOn) {
        return new PreCheck().check(terms, submittedOn);
    }

    /** SBTi validated "50 % by 2030 from 2018" (4.17 %/yr) and "46 % by 2030 from 2019" (4.18 %/yr) as 1.5 °C. */
    @ParameterizedTest
    @CsvSource({"2018, 50, ONE_POINT_FIVE_C", "2019, 46, ONE_POINT_FIVE_C", "2020, 41.5, ONE_POINT_FIVE_C",
            "2020, 41.4, WELL_BELOW_TWO_C", "2020, 24.5, WELL_BELOW_TWO_C", "2020, 24.4, NOT_ALIGNED"})
    void classifiesTheNearTermRateAfterRoundingToOneDecimal(int baseYear, String reduction, Alignment expected) {
        PledgeTerms terms = new PledgeTerms(inventory(Year.of(baseYear)), absolute(2030, reduction), null, null);
        assertEquals(expected, check(terms, V5).alignment());
    }

    @Test
    void judgesByTheCriteriaInForceOnTheSubmissionDay() {
        // 13 years ahead in 2021: accepted under v4.x (5-15 years); 11 years ahead in 2023: not under v5.x (5-10).
        PledgeTerms terms = new PledgeTerms(inventory(BASE_YEAR), absolute(2034, "60"), null, null);
        PreCheckResult in2021 = check(terms, LocalDate.of(2021, 6, 1));
        PreCheckResult in2023 = check(terms, LocalDate.of(2023, 6, 1));
        assertEquals(SbtiCriteriaVersion.V4, in2021.criteriaVersion());
        assertEquals(SbtiCriteriaVersion.V5, in2023.criteriaVersion());
        assertEquals(RuleOutcome.PASSED, nearTermRule(in2021, TargetRule.NEAR_TERM_TIMEFRAME));
        assertEquals(RuleOutcome.FAILED, nearTermRule(in2023, TargetRule.NEAR_TERM_TIMEFRAME));
    }

    @Test
    void theStoredTargetIsScope123WithBothCoveragesOrScope12WithoutScope3Categories() {
        PledgeTerms withScope3 = PledgeExamples.workedExample();
        List<PledgeTarget> targets = withScope3.targets();
        assertEquals(List.of(TargetHorizon.NEAR_TERM, TargetHorizon.LONG_TERM),
                targets.stream().map(PledgeTarget::horizon).toList());
        PledgeTarget nearTerm = targets.get(0);
        assertEquals(TargetBoundary.SCOPE_1_2_3, nearTerm.boundary());
        assertEquals(Emissions.of("100000"), nearTerm.baseYearEmissions());
        assertEquals(Percentage.of("100"), nearTerm.coverage());
        assertEquals(Percentage.of("0"), nearTerm.scope3Coverage());
        assertEquals(Scope2Method.MARKET_BASED, nearTerm.scope2Method());

        BaseYearInventory noScope3Categories = new BaseYearInventory(BASE_YEAR, Emissions.of("60000"),
                Emissions.of("35000"), Emissions.of("25000"), Scope2Method.LOCATION_BASED, Emissions.of("0"),
                EnumSet.noneOf(Scope3Category.class), Percentage.of("96"), Percentage.of("0"));
        PledgeTarget scope12 = new PledgeTerms(noScope3Categories, absolute(2030, "42"), null, null).targets().get(0);
        assertEquals(TargetBoundary.SCOPE_1_2, scope12.boundary());
        assertEquals(Scope2Method.LOCATION_BASED, scope12.scope2Method());
        assertEquals(Emissions.of("95000"), scope12.baseYearEmissions());
    }

    @Test
    void scope3CoverageOfACombinedTargetCountsWhenScope3IsSignificant() {
        // Scope 3 45,000 of 90,000 (50 %): the combined target's scope 3 part must cover 67 %.
        PledgeTerms significant = new PledgeTerms(inventory(BASE_YEAR, "30000", "15000", "45000", "100", "66.99"),
                absolute(2030, "42"), null, null);
        assertEquals(RuleOutcome.FAILED, nearTermRule(check(significant, V5), TargetRule.COVERAGE));
        PledgeTerms covered = new PledgeTerms(inventory(BASE_YEAR, "30000", "15000", "45000", "100", "67"),
                absolute(2030, "42"), null, null);
        assertEquals(RuleOutcome.PASSED, nearTermRule(check(covered, V5), TargetRule.COVERAGE));
        // The worked example's scope 3 is 15 %: its 0 % scope 3 coverage does not matter.
        assertEquals(RuleOutcome.PASSED, nearTermRule(check(PledgeExamples.workedExample(), V5), TargetRule.COVERAGE));
    }

    @Test
    void aNetZeroYearWithoutALongTermTargetIsFlaggedNotRefused() {
        PreCheckResult result = check(new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), null,
                Year.of(2050)), V5);
        assertEquals(RuleOutcome.FLAGGED,
                result.detail().pledgeResultOf(TargetRule.NET_ZERO_LONG_TERM).orElseThrow().outcome());
    }

    @Test
    void theWorkedExampleIsConsistentWithTheCriteria() {
        PreCheckResult result = check(PledgeExamples.workedExample(), PledgeExamples.TODAY);
        assertTrue(result.consistentWithSbtiCriteria(), () -> result.detail().toString());
        assertEquals(Alignment.ONE_POINT_FIVE_C, result.alignment());
        assertEquals(0, new BigDecimal("4.2").compareTo(result.nearTermAnnualRate()));
    }

    private static RuleOutcome nearTermRule(PreCheckResult result, TargetRule rule) {
        return result.targets().get(0).resultOf(rule).orElseThrow().outcome();
    }
}
