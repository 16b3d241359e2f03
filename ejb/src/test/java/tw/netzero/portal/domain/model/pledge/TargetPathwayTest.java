package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.scope12;
import static tw.netzero.portal.domain.model.pledge.TargetExamples.scope3;

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

class TargetPathwayTest {

    /** Scope 1+2 85,000 t in 2020, -42 % by 2030 (49,300 t), -90 % by 2050 (8,500 t), flat after. */
    @ParameterizedTest
    @CsvSource({
            "2020, 85000.000", "2023, 74290.000", "2030, 49300.000", "2040, 28900.000", "2050, 8500.000",
            "2060, 8500.000"})
    void fallsLinearlyToTheNearTermThenTheLongTermLevelThenStaysFlat(int year, BigDecimal allowed) {
        TargetPathway pathway = TargetPathway.of(scope12(2020, 2030, "42"),
                scope12(TargetHorizon.LONG_TERM, 2020, 2050, "90", "95"));
        assertEquals(allowed, pathway.allowedIn(Year.of(year)));
    }

    /** 1,000 t in 2018, -50 % by 2030: 2019 is exactly 958.333... t, allowed 958.334 t, never 958.333. */
    @Test
    void neverRoundsTheAllowedLevelBelowTheExactPathway() {
        PledgeTarget target = PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, Year.of(2018),
                Emissions.of("1000"), Year.of(2030), Percentage.of("50"), Percentage.HUNDRED,
                Scope2Method.MARKET_BASED, Set.of());
        assertEquals(new BigDecimal("958.334"), TargetPathway.of(target).allowedIn(Year.of(2019)));
    }

    /** Steel: 2 t CO2e per t in 2020, -30 % by 2030: 1.7 in 2025, 1.4 from 2030. */
    @ParameterizedTest
    @CsvSource({"2020, 2.000000", "2025, 1.700000", "2030, 1.400000", "2035, 1.400000"})
    void anIntensityPathwayRunsInTonnesPerUnit(int year, BigDecimal allowed) {
        assertEquals(allowed, TargetPathway.of(TargetExamples.steelIntensity(2020, 2030, "30", null))
                .allowedIn(Year.of(year)));
    }

    @Test
    void refusesAYearBeforeTheBaseYear() {
        DomainRuleViolation violation = assertThrows(DomainRuleViolation.class,
                () -> TargetPathway.of(scope12(2020, 2030, "42")).allowedIn(Year.of(2019)));
        assertEquals("pledge.pathway.beforeBaseYear", violation.messageKey());
    }

    @Test
    void refusesALongTermTargetOnAnotherBoundary() {
        DomainRuleViolation violation = assertThrows(DomainRuleViolation.class, () -> TargetPathway.of(
                scope12(2020, 2030, "42"), scope3(TargetHorizon.LONG_TERM, 2020, 2050, "90", "90")));
        assertEquals("pledge.pathway.targetsNotAlike", violation.messageKey());
    }

    @Test
    void pairsEachNearTermTargetWithTheLongTermTargetOfItsBoundary() {
        List<TargetPathway> pathways = TargetPathway.allOf(TargetExamples.typicalPledge().targets());
        assertEquals(2, pathways.size());
        assertTrue(pathways.stream().allMatch(pathway -> pathway.targets().size() == 2));
        assertEquals(TargetBoundary.SCOPE_3, pathways.get(1).measuredTarget().boundary());
    }
}
