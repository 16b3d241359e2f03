package tw.netzero.portal.domain.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class RegistryRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final LocalDate REGISTERED_ON = LocalDate.of(2026, 4, 20);

    private static RegistryCommand command(String direct, String indirect, boolean feePayer, boolean plan,
                                           String targetRate) {
        return new RegistryCommand(2025, false, new BigDecimal(direct), new BigDecimal(indirect), REGISTERED_ON,
                VerificationStatus.IN_PROGRESS, null, feePayer, plan,
                targetRate == null ? null : new BigDecimal(targetRate), null);
    }

    private static RegistryRecord record(RegistryCommand command) {
        return RegistryRecord.record(7L, command, TODAY, NOW, "a@a.example");
    }

    private static String refusedField(RegistryCommand command) {
        return assertThrows(FieldRuleViolation.class, () -> record(command)).field();
    }

    @Test
    void recordsAPrivateYearWithItsRegisteredFigureAndDuty() {
        RegistryRecord record = record(command("30000", "12000.5", true, true, "42"));
        assertTrue(record.isPrivate());
        assertEquals(Emissions.of("42000.5"), record.registered());
        assertEquals(RegistrationDuty.BY_EMISSIONS, record.duty());
        assertEquals(LocalDate.of(2026, 4, 30), record.deadlines().registerBy());
        assertTrue(record.reconcileWith(Optional.of(Emissions.of("46000"))).flagged());
    }

    @Test
    void aYearThatHasNotEndedCannotBeRecorded() {
        RegistryCommand thisYear = new RegistryCommand(2026, false, BigDecimal.ONE, BigDecimal.ONE, null,
                null, null, false, false, null, null);
        assertEquals("inventoryYear", refusedField(thisYear));
    }

    @Test
    void registrationCannotBeInTheFutureNorInTheInventoryYear() {
        assertEquals("registeredOn", refusedField(new RegistryCommand(2025, false, BigDecimal.ONE, BigDecimal.ONE,
                TODAY.plusDays(1), null, null, false, false, null, null)));
        assertEquals("registeredOn", refusedField(new RegistryCommand(2025, false, BigDecimal.ONE, BigDecimal.ONE,
                LocalDate.of(2025, 12, 31), null, null, false, false, null, null)));
    }

    @Test
    void verifiedNeedsItsDateOnOrAfterRegistration() {
        assertEquals("verifiedOn", refusedField(new RegistryCommand(2025, false, BigDecimal.ONE, BigDecimal.ONE,
                REGISTERED_ON, VerificationStatus.VERIFIED, null, false, false, null, null)));
        assertEquals("verifiedOn", refusedField(new RegistryCommand(2025, false, BigDecimal.ONE, BigDecimal.ONE,
                REGISTERED_ON, VerificationStatus.VERIFIED, REGISTERED_ON.minusDays(1), false, false, null, null)));
        assertEquals(REGISTERED_ON, record(new RegistryCommand(2025, false, BigDecimal.ONE, BigDecimal.ONE,
                REGISTERED_ON, VerificationStatus.VERIFIED, REGISTERED_ON, false, false, null, null)).verifiedOn());
        assertEquals("verificationStatus", refusedField(new RegistryCommand(2025, false, BigDecimal.ONE,
                BigDecimal.ONE, null, VerificationStatus.IN_PROGRESS, null, false, false, null, null)));
    }

    @Test
    void aCarbonFeePayerIsAtOrAboveTheThreshold() {
        assertEquals("carbonFeePayer", refusedField(command("20000", "4999.9", true, false, null)));
        assertTrue(record(command("20000", "5000", true, false, null)).carbonFeePayer());
    }

    @Test
    void aReductionPlanIsAFeePayersWithATargetRateAboveZeroUpToAHundred() {
        assertEquals("reductionPlanApproved", refusedField(command("30000", "0", false, true, "42")));
        assertEquals("targetRate", refusedField(command("30000", "0", true, true, null)));
        assertEquals("targetRate", refusedField(command("30000", "0", true, true, "0")));
        assertEquals("targetRate", refusedField(command("30000", "0", true, true, "100.01")));
        assertEquals("targetRate", refusedField(command("30000", "0", true, false, "42")));
        assertEquals(new BigDecimal("100"), record(command("30000", "0", true, true, "100")).targetRate());
    }

    @Test
    void aPublishedYearNoLongerChangesAndKeepsItsYear() {
        RegistryRecord record = record(command("30000", "0", false, false, null));
        assertEquals("inventoryYear", assertThrows(FieldRuleViolation.class, () -> record.revise(
                new RegistryCommand(2024, false, BigDecimal.ONE, BigDecimal.ONE, null, null, null, false, false,
                        null, null), TODAY)).field());
        record.publish(NOW);
        assertEquals("registry.published", assertThrows(DomainRuleViolation.class,
                () -> record.revise(command("1", "1", false, false, null), TODAY)).messageKey());
    }
}
