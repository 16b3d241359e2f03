package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.BASE_YEAR;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.TODAY;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.absolute;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.inventory;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreCheckTest {

    private final PreCheck preCheck = new PreCheck();

    @Test
    void theWorkedExampleIsConsistentWithSbtiCriteria() {
        PreCheckResult result = preCheck.check(PledgeExamples.workedExample(), TODAY);
        assertTrue(result.consistentWithSbtiCriteria());
        assertEquals("pledge.precheck.label.consistent", result.labelKey());
        assertEquals(Alignment.ONE_POINT_FIVE_C, result.alignment());
        assertEquals(PreCheckRule.values().length, result.results().size());
        assertEquals("pledge.precheck.nearTermTimeframe.passed",
                result.resultOf(PreCheckRule.NEAR_TERM_TIMEFRAME).orElseThrow().messageKey());
        assertEquals(List.of(5, 2030, 2025, 5, 10),
                List.copyOf(result.resultOf(PreCheckRule.NEAR_TERM_TIMEFRAME).orElseThrow().figures().values()));
    }

    @Test
    void oneFailedRuleMakesThePledgeNotConsistent() {
        PreCheckResult result = check(new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), null, Year.of(2051)));
        assertFalse(result.consistentWithSbtiCriteria());
        assertEquals("pledge.precheck.label.notConsistent", result.labelKey());
        assertEquals("pledge.precheck.netZeroYear.failed",
                result.resultOf(PreCheckRule.NET_ZERO_YEAR).orElseThrow().messageKey());
    }

    /** Submitted in 2025: the near-term target year lies 5 to 10 years ahead, inclusive. */
    @ParameterizedTest
    @CsvSource({"2029, false", "2030, true", "2035, true", "2036, false"})
    void nearTermTargetLiesFiveToTenYearsAfterSubmission(int targetYear, boolean passes) {
        assertRule(PreCheckRule.NEAR_TERM_TIMEFRAME, passes,
                new PledgeTerms(inventory(BASE_YEAR), absolute(targetYear, "90"), null, null));
    }

    @ParameterizedTest
    @CsvSource({"2014, false", "2015, true"})
    void baseYearIsNoEarlierThan2015(int baseYear, boolean passes) {
        assertRule(PreCheckRule.BASE_YEAR, passes,
                new PledgeTerms(inventory(Year.of(baseYear)), absolute(2030, "42"), null, null));
    }

    @ParameterizedTest
    @CsvSource({"94.99, false", "95, true"})
    void scope12CoverageIsAtLeast95Percent(String coverage, boolean passes) {
        assertRule(PreCheckRule.SCOPE12_COVERAGE, passes, new PledgeTerms(
                inventory(BASE_YEAR, "60000", "25000", "15000", coverage, "0"), absolute(2030, "42"), null, null));
    }

    /** From 2020: 42 % by 2030 is 4.2 %/yr; 46.2 % by 2031 is 4.2 %/yr too, 46.19 % just below. */
    @ParameterizedTest
    @CsvSource({
            "2030, 42, ONE_POINT_FIVE_C", "2031, 46.2, ONE_POINT_FIVE_C", "2030, 41.9, WELL_BELOW_TWO_C",
            "2031, 46.19, WELL_BELOW_TWO_C", "2030, 25, WELL_BELOW_TWO_C", "2030, 24.9, NOT_ALIGNED"})
    void classifiesAmbitionByLinearAnnualReduction(int targetYear, String reduction, Alignment expected) {
        PreCheckResult result = check(new PledgeTerms(inventory(BASE_YEAR), absolute(targetYear, reduction), null, null));
        assertEquals(expected, result.alignment());
        assertEquals(expected == Alignment.ONE_POINT_FIVE_C, result.resultOf(PreCheckRule.AMBITION).orElseThrow().passed());
    }

    @Test
    void ambitionThresholdsAreConfigurable() {
        PreCheckThresholds d = PreCheckThresholds.DEFAULTS;
        PreCheckThresholds stricter = new PreCheckThresholds(d.nearTermMinYears(), d.nearTermMaxYears(),
                d.earliestBaseYear(), d.minScope12Coverage(), d.onePointFiveAnnualRate(), new BigDecimal("2.6"),
                d.scope3SignificantShare(), d.minScope3NearTermCoverage(), d.minScope3LongTermCoverage(),
                d.longTermMinReduction(), d.latestNetZeroYear());
        PledgeTerms twoPointFivePerYear = new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "25"), null, null);
        assertEquals(Alignment.NOT_ALIGNED, new PreCheck(stricter).check(twoPointFivePerYear, TODAY).alignment());
    }

    @Test
    void scope3RulesDoNotApplyBelow40PercentOfTotal() {
        // 39,990 of 99,990 tCO2e is 39.99 %.
        PreCheckResult result = check(new PledgeTerms(inventory(BASE_YEAR, "40000", "20000", "39990", "100", "0"),
                absolute(2030, "42"), absolute(2045, "90"), null));
        RuleResult nearTerm = result.resultOf(PreCheckRule.SCOPE3_NEAR_TERM_COVERAGE).orElseThrow();
        assertTrue(nearTerm.passed());
        assertEquals("pledge.precheck.scope3NearTermCoverage.notApplicable", nearTerm.messageKey());
        assertTrue(result.consistentWithSbtiCriteria());
    }

    /** Scope 3 is exactly 40 % of total: coverage must reach 67 % near-term, 90 % long-term. */
    @ParameterizedTest
    @CsvSource({"66.99, false, false", "67, true, false", "89.99, true, false", "90, true, true"})
    void significantScope3NeedsCoverage(String coverage, boolean nearTermPasses, boolean longTermPasses) {
        PreCheckResult result = check(new PledgeTerms(inventory(BASE_YEAR, "40000", "20000", "40000", "100", coverage),
                absolute(2030, "42"), absolute(2045, "90"), null));
        assertEquals(nearTermPasses, result.resultOf(PreCheckRule.SCOPE3_NEAR_TERM_COVERAGE).orElseThrow().passed());
        assertEquals(longTermPasses, result.resultOf(PreCheckRule.SCOPE3_LONG_TERM_COVERAGE).orElseThrow().passed());
    }

    @Test
    void scope3LongTermCoverageDoesNotApplyWithoutALongTermTarget() {
        PreCheckResult result = check(new PledgeTerms(inventory(BASE_YEAR, "40000", "20000", "40000", "100", "67"),
                absolute(2030, "42"), null, null));
        assertEquals("pledge.precheck.scope3LongTermCoverage.notApplicable",
                result.resultOf(PreCheckRule.SCOPE3_LONG_TERM_COVERAGE).orElseThrow().messageKey());
    }

    @ParameterizedTest
    @CsvSource({"89.99, false", "90, true"})
    void longTermTargetReducesAtLeast90Percent(String reduction, boolean passes) {
        assertRule(PreCheckRule.LONG_TERM_REDUCTION, passes,
                new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), absolute(2045, reduction), null));
    }

    @ParameterizedTest
    @CsvSource({"2050, true", "2051, false"})
    void netZeroNoLaterThan2050(int netZeroYear, boolean passes) {
        assertRule(PreCheckRule.NET_ZERO_YEAR, passes,
                new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), null, Year.of(netZeroYear)));
    }

    @Test
    void rulesAboutAbsentLongTermAndNetZeroTargetsDoNotApply() {
        PreCheckResult result = check(new PledgeTerms(inventory(BASE_YEAR), absolute(2030, "42"), null, null));
        assertEquals("pledge.precheck.longTermReduction.notApplicable",
                result.resultOf(PreCheckRule.LONG_TERM_REDUCTION).orElseThrow().messageKey());
        assertEquals("pledge.precheck.netZeroYear.notApplicable",
                result.resultOf(PreCheckRule.NET_ZERO_YEAR).orElseThrow().messageKey());
    }

    private PreCheckResult check(PledgeTerms terms) {
        return preCheck.check(terms, TODAY);
    }

    private void assertRule(PreCheckRule rule, boolean passes, PledgeTerms terms) {
        RuleResult result = check(terms).resultOf(rule).orElseThrow();
        assertEquals(passes, result.passed());
        assertTrue(result.messageKey().endsWith(passes ? ".passed" : ".failed"), result.messageKey());
    }
}
