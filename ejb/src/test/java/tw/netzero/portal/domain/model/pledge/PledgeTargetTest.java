package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.CATEGORIES_1_AND_4;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

class PledgeTargetTest {

    @ParameterizedTest
    @CsvSource({"2020, 2020", "2020, 2019"})
    void rejectsTargetYearNotAfterBaseYear(int baseYear, int targetYear) {
        DomainRuleViolation violation = assertThrows(DomainRuleViolation.class,
                () -> TargetExamples.scope12(baseYear, targetYear, "42"));
        assertEquals("pledge.target.yearNotAfterBaseYear", violation.messageKey());
        assertEquals(List.of(targetYear, baseYear), violation.arguments());
    }

    @Test
    void rejectsScope12TargetWithoutScope2Method() {
        assertViolation("pledge.target.scope2MethodRequired", () -> PledgeTarget.absolute(TargetHorizon.NEAR_TERM,
                TargetBoundary.SCOPE_1_2_3, Year.of(2020), Emissions.of("1"), Year.of(2030), Percentage.of("42"),
                Percentage.HUNDRED, null, CATEGORIES_1_AND_4));
    }

    @Test
    void rejectsScope3TargetWithoutCategories() {
        assertViolation("pledge.target.scope3CategoriesRequired", () -> PledgeTarget.absolute(TargetHorizon.NEAR_TERM,
                TargetBoundary.SCOPE_3, Year.of(2020), Emissions.of("1"), Year.of(2030), Percentage.of("25"),
                Percentage.HUNDRED, null, Set.of()));
    }

    @Test
    void rejectsZeroBaseYearEmissions() {
        assertViolation("pledge.target.baseYearEmissionsZero", () -> PledgeTarget.absolute(TargetHorizon.NEAR_TERM,
                TargetBoundary.SCOPE_1_2, Year.of(2020), Emissions.ZERO, Year.of(2030), Percentage.of("42"),
                Percentage.HUNDRED, Scope2Method.MARKET_BASED, Set.of()));
    }

    @Test
    void rejectsIntensityTargetWithoutUnitOrActivity() {
        assertViolation("pledge.target.intensityIncomplete", () -> PledgeTarget.economicIntensity(
                TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3, Year.of(2020), Emissions.of("1"), Year.of(2030),
                Percentage.of("50"), Percentage.HUNDRED, null, CATEGORIES_1_AND_4, " ", BigDecimal.ONE));
        assertViolation("pledge.target.intensityIncomplete", () -> PledgeTarget.physicalIntensity(
                TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, Year.of(2020), Emissions.of("1"), Year.of(2030),
                Percentage.of("50"), Percentage.HUNDRED, Scope2Method.MARKET_BASED, Set.of(), "t CO2e per t",
                BigDecimal.ZERO, null));
    }

    @Test
    void rejectsProjectedActivityOfZero() {
        assertViolation("pledge.target.projectedActivityNotPositive",
                () -> TargetExamples.steelIntensity(2020, 2030, "30", "0"));
    }

    @Test
    void dropsWhatTheBoundaryAndTypeDoNotUse() {
        PledgeTarget scope3 = new PledgeTarget(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3, TargetType.ABSOLUTE,
                Year.of(2020), Emissions.of("1"), Year.of(2030), Percentage.of("25"), Percentage.HUNDRED,
                Scope2Method.MARKET_BASED, CATEGORIES_1_AND_4, "unit", BigDecimal.ONE, BigDecimal.ONE, null);
        assertNull(scope3.scope2Method());
        assertNull(scope3.intensityUnit());
        assertNull(scope3.baseYearActivity());
        assertNull(scope3.projectedTargetYearActivity());
        assertEquals(Set.of(), TargetExamples.scope12(2020, 2030, "42").scope3Categories());
    }

    /** 1,000,000 t steel at -30 % intensity while output grows to 1,100,000 t: 0.7 × 1.1 = 0.77, -23 %. */
    @Test
    void physicalIntensityImpliesAnAbsoluteReductionFromProjectedActivity() {
        PledgeTarget target = TargetExamples.steelIntensity(2020, 2030, "30", "1100000");
        assertEquals(new BigDecimal("23.00"), target.impliedAbsoluteReduction().orElseThrow());
        assertEquals(new BigDecimal("2.3"), target.annualReductionRate().orElseThrow().percentPerYear());
    }

    @Test
    void physicalIntensityWithoutProjectedActivityHasNoRate() {
        PledgeTarget target = TargetExamples.steelIntensity(2020, 2030, "60", null);
        assertTrue(target.annualReductionRate().isEmpty());
        assertEquals(TargetClassification.NOT_ALIGNED, target.classification(SbtiCriteriaVersion.V5));
    }

    @Test
    void targetsOnTheSameBoundaryAndBaseAreMeasuredAlike() {
        assertTrue(TargetExamples.scope12(2020, 2030, "42")
                .measuredLike(TargetExamples.scope12(TargetHorizon.LONG_TERM, 2020, 2050, "90", "95")));
        assertTrue(!TargetExamples.scope12(2020, 2030, "42").measuredLike(TargetExamples.scope12(2019, 2030, "42")));
    }

    private static void assertViolation(String key, org.junit.jupiter.api.function.Executable executable) {
        assertEquals(key, assertThrows(DomainRuleViolation.class, executable).messageKey());
    }
}
