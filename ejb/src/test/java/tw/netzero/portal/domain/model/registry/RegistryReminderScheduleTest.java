package tw.netzero.portal.domain.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.cycle.Reminder;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * MOENV reminders for the 2025 inventory (decision 0048): registration by 30 April 2026 and verification by
 * 31 October 2026 (Climate Change Response Act art. 21), 14 and 3 days before each, to members at or above
 * 25,000 t CO2e of scope 1 + 2 or of a listed industry, while the year is not registered or not verified.
 */
class RegistryReminderScheduleTest {

    private static final Year YEAR = Year.of(2025);
    private static final LocalDate REGISTER_BY = LocalDate.of(2026, 4, 30);
    private static final LocalDate VERIFY_BY = LocalDate.of(2026, 10, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** An obligation judged on an accepted filing of 2024 (no registry record of 2025 yet). */
    private static RegistryObligation filed2024(String scope12) {
        return RegistryObligation.of(YEAR, List.of(), Map.of(Year.of(2024), Emissions.of(scope12)));
    }

    private static RegistryRecord record(int year, String direct, boolean listed, LocalDate registeredOn,
                                         VerificationStatus status, LocalDate verifiedOn) {
        return RegistryRecord.record(1L, new RegistryCommand(year, listed, new BigDecimal(direct), BigDecimal.ZERO,
                registeredOn, status, verifiedOn, false, false, null, null), TODAY, Instant.EPOCH, "member@example.com");
    }

    private static Optional<RegistryReminder> due(RegistryObligation obligation, LocalDate day) {
        return RegistryReminderSchedule.dueOn(obligation, day);
    }

    private static Optional<RegistryReminder> reminder(RegistryDeadline deadline, Reminder notice) {
        return Optional.of(new RegistryReminder(YEAR, deadline, notice));
    }

    @Test
    void theInventoryYearDueIsLastYear() {
        assertEquals(YEAR, RegistryReminderSchedule.inventoryYearDueIn(LocalDate.of(2026, 1, 1)));
        assertEquals(YEAR, RegistryReminderSchedule.inventoryYearDueIn(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void registrationIsRemindedFrom14DaysBeforeThe30thOfAprilUntilThatDay() {
        RegistryObligation atThreshold = filed2024("25000");
        assertEquals(Optional.empty(), due(atThreshold, REGISTER_BY.minusDays(15)), "the day before the first notice");
        assertEquals(reminder(RegistryDeadline.REGISTRATION, Reminder.BEFORE_14_DAYS),
                due(atThreshold, REGISTER_BY.minusDays(14)), "on its day");
        assertEquals(reminder(RegistryDeadline.REGISTRATION, Reminder.BEFORE_14_DAYS),
                due(atThreshold, REGISTER_BY.minusDays(4)), "the day before the second notice");
        assertEquals(reminder(RegistryDeadline.REGISTRATION, Reminder.BEFORE_3_DAYS),
                due(atThreshold, REGISTER_BY.minusDays(3)));
        assertEquals(reminder(RegistryDeadline.REGISTRATION, Reminder.BEFORE_3_DAYS), due(atThreshold, REGISTER_BY),
                "on the deadline");
        assertEquals(Optional.empty(), due(atThreshold, REGISTER_BY.plusDays(1)), "after it: MOENV's, not ours");
    }

    @Test
    void verificationIsRemindedBeforeThe31stOfOctober() {
        RegistryObligation atThreshold = filed2024("25000");
        assertEquals(Optional.empty(), due(atThreshold, VERIFY_BY.minusDays(15)));
        assertEquals(reminder(RegistryDeadline.VERIFICATION, Reminder.BEFORE_14_DAYS),
                due(atThreshold, VERIFY_BY.minusDays(14)));
        assertEquals(reminder(RegistryDeadline.VERIFICATION, Reminder.BEFORE_3_DAYS), due(atThreshold, VERIFY_BY));
        assertEquals(Optional.empty(), due(atThreshold, VERIFY_BY.plusDays(1)));
    }

    @Test
    void belowTwentyFiveThousandTonnesNothingIsDue() {
        RegistryObligation below = filed2024("24999.999");
        assertEquals(RegistrationDuty.NONE, below.duty());
        assertEquals(Optional.empty(), due(below, REGISTER_BY));
        assertEquals(Optional.empty(), due(below, VERIFY_BY));
        assertEquals(RegistrationDuty.BY_EMISSIONS, filed2024("25000").duty(), "the threshold itself counts");
    }

    @Test
    void aListedIndustryBelowTheThresholdIsReminded() {
        RegistryObligation listed = RegistryObligation.of(YEAR,
                List.of(record(2024, "100", true, LocalDate.of(2025, 4, 1), VerificationStatus.NOT_STARTED, null)),
                Map.of());
        assertEquals(RegistrationDuty.BY_LISTED_INDUSTRY, listed.duty());
        assertEquals(reminder(RegistryDeadline.REGISTRATION, Reminder.BEFORE_3_DAYS), due(listed, REGISTER_BY));
    }

    @Test
    void withoutAnyFigureNoDutyIsKnown() {
        assertEquals(Optional.empty(), due(RegistryObligation.of(YEAR, List.of(), Map.of()), REGISTER_BY));
        assertEquals(Optional.empty(), due(RegistryObligation.of(YEAR, List.of(),
                Map.of(Year.of(2026), Emissions.of("90000"))), REGISTER_BY), "a later year says nothing of 2025");
    }

    @Test
    void anEarlierRegisteredFigureCountsOverAFiledOneOfTheSameYear() {
        RegistryObligation obligation = RegistryObligation.of(YEAR,
                List.of(record(2024, "24000", false, LocalDate.of(2025, 4, 1), VerificationStatus.NOT_STARTED, null)),
                Map.of(Year.of(2024), Emissions.of("26000")));
        assertEquals(RegistrationDuty.NONE, obligation.duty());
    }

    @Test
    void aRegisteredYearIsRemindedOfVerificationOnlyAndAVerifiedOneOfNothing() {
        RegistryObligation registered = RegistryObligation.of(YEAR, List.of(record(2025, "30000", false,
                LocalDate.of(2026, 4, 20), VerificationStatus.IN_PROGRESS, null)), Map.of());
        assertEquals(Optional.empty(), due(registered, REGISTER_BY));
        assertEquals(reminder(RegistryDeadline.VERIFICATION, Reminder.BEFORE_14_DAYS),
                due(registered, VERIFY_BY.minusDays(14)));

        RegistryObligation verified = RegistryObligation.of(YEAR, List.of(record(2025, "30000", false,
                LocalDate.of(2026, 4, 20), VerificationStatus.VERIFIED, LocalDate.of(2026, 9, 1))), Map.of());
        assertEquals(Optional.empty(), due(verified, VERIFY_BY));
    }

    @Test
    void aRecordedButUnregisteredYearIsJudgedOnItsOwnFigures() {
        RegistryObligation recordedBelow = RegistryObligation.of(YEAR,
                List.of(record(2025, "20000", false, null, VerificationStatus.NOT_STARTED, null)),
                Map.of(Year.of(2024), Emissions.of("90000")));
        assertEquals(Optional.empty(), due(recordedBelow, REGISTER_BY), "its own 2025 figure is below");
        RegistryObligation recordedAbove = RegistryObligation.of(YEAR,
                List.of(record(2025, "30000", false, null, VerificationStatus.NOT_STARTED, null)), Map.of());
        assertEquals(reminder(RegistryDeadline.REGISTRATION, Reminder.BEFORE_3_DAYS), due(recordedAbove, REGISTER_BY));
    }
}
