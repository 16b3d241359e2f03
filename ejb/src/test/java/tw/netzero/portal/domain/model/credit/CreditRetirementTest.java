package tw.netzero.portal.domain.model.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class CreditRetirementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private static CreditCommand command(Integer vintage, LocalDate retiredOn, String claimedFor) {
        return new CreditCommand(CreditRegistry.VERRA, 1L, 500L, vintage, CreditProjectType.RENEWABLE_ENERGY,
                retiredOn, claimedFor);
    }

    private static CreditRetirement recorded() {
        return CreditRetirement.record(7L, command(2023, TODAY, "Alliance conference 2025"), TODAY, NOW, "a@a.example");
    }

    @Test
    void recordsAPrivateRetirementOfOneTonnePerSerial() {
        CreditRetirement retirement = recorded();
        assertTrue(retirement.isPrivate());
        assertEquals(500, retirement.tonnes().intValueExact());
        assertEquals("Alliance conference 2025", retirement.claimedFor());
    }

    @Test
    void acceptsARetirementToday() {
        assertEquals(TODAY, recorded().retiredOn());
    }

    @Test
    void refusesARetirementTomorrow() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> CreditRetirement.record(7L,
                command(2023, TODAY.plusDays(1), "x"), TODAY, NOW, "a@a.example"));
        assertEquals("retiredOn", refused.field());
    }

    @Test
    void acceptsAVintageOfTheRetirementYearAndRefusesALaterOne() {
        CreditRetirement.record(7L, command(2026, TODAY, "x"), TODAY, NOW, "a@a.example");
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> CreditRetirement.record(7L,
                command(2027, LocalDate.of(2026, 1, 1), "x"), TODAY, NOW, "a@a.example"));
        assertEquals("vintage", refused.field());
    }

    @Test
    void refusesABlankClaim() {
        assertEquals("claimedFor", assertThrows(FieldRuleViolation.class, () -> CreditRetirement.record(7L,
                command(2023, TODAY, "  "), TODAY, NOW, "a@a.example")).field());
    }

    @Test
    void refusesAMissingRegistry() {
        CreditCommand noRegistry = new CreditCommand(null, 1L, 2L, 2023, CreditProjectType.OTHER, TODAY, "x");
        assertEquals("registry", assertThrows(FieldRuleViolation.class,
                () -> CreditRetirement.record(7L, noRegistry, TODAY, NOW, "a@a.example")).field());
    }

    @Test
    void aPublishedRetirementNoLongerChanges() {
        CreditRetirement retirement = recorded();
        retirement.publish(NOW);
        assertFalse(retirement.isPrivate());
        assertEquals("credit.published", assertThrows(DomainRuleViolation.class,
                () -> retirement.revise(command(2022, TODAY, "other"), TODAY)).messageKey());
        assertThrows(DomainRuleViolation.class, () -> retirement.publish(NOW));
        assertThrows(DomainRuleViolation.class, retirement::requirePrivate);
    }
}
