package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.domain.model.pledge.PledgeExamples.absolute;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

class TargetTest {

    @Test
    void spreadsTheReductionEvenlyOverTheYearsFromTheBaseYear() {
        assertEquals(new BigDecimal("4.2000"), absolute(2030, "42").linearAnnualReductionRate(Year.of(2020)));
        assertEquals(new BigDecimal("3.0000"), absolute(2035, "45").linearAnnualReductionRate(Year.of(2020)));
    }

    @Test
    void truncatesTheRateSoItNeverRoundsUpToAThreshold() {
        // 46.19 % over 11 years is 4.19909...: must not become 4.20.
        assertEquals(new BigDecimal("4.1990"), absolute(2031, "46.19").linearAnnualReductionRate(Year.of(2020)));
    }

    @Test
    void rejectsTargetYearBeforeOrEqualToBaseYearForTheRate() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> absolute(2020, "42").linearAnnualReductionRate(Year.of(2020)));
        assertEquals("pledge.target.yearNotAfterBaseYear", refused.messageKey());
    }

    @Test
    void givesTheLevelItAllowsInTheTargetYear() {
        assertEquals(Emissions.of("58000"), absolute(2030, "42").levelFrom(Emissions.of("100000")));
    }

    @Test
    void anIntensityTargetNeedsItsUnitAndAPositiveBaseYearActivity() {
        Target target = Target.intensity(Year.of(2030), Percentage.of("40"), " t steel ", new BigDecimal("1200000"));
        assertEquals(TargetKind.INTENSITY, target.kind());
        assertEquals("t steel", target.intensityUnit());

        for (Runnable incomplete : new Runnable[] {
                () -> Target.intensity(Year.of(2030), Percentage.of("40"), " ", BigDecimal.TEN),
                () -> Target.intensity(Year.of(2030), Percentage.of("40"), "t steel", null),
                () -> Target.intensity(Year.of(2030), Percentage.of("40"), "t steel", BigDecimal.ZERO)}) {
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, incomplete::run);
            assertEquals("pledge.target.intensityIncomplete", refused.messageKey());
        }
    }

    @Test
    void anAbsoluteTargetCarriesNoIntensityFigures() {
        Target target = new Target(Year.of(2030), Percentage.of("40"), TargetKind.ABSOLUTE, "t steel", BigDecimal.TEN);
        assertNull(target.intensityUnit());
        assertNull(target.baseYearActivity());
    }
}
