package tw.netzero.portal.domain.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class TrainingRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private static TrainingRecord record(String hours, LocalDate certifiedOn, Integer staff) {
        return TrainingRecord.record(7L, new TrainingCommand("ISO 14064-1", "Net Zero Institute",
                hours == null ? null : new BigDecimal(hours), certifiedOn, staff), TODAY, NOW, "a@a.example");
    }

    @Test
    void personHoursAreTheCoursesHoursTimesItsStaff() {
        TrainingRecord record = record("12.5", TODAY, 8);
        assertEquals(0, new BigDecimal("100").compareTo(record.personHours()));
    }

    @Test
    void acceptsACertificateTodayAndRefusesOneTomorrow() {
        record("6", TODAY, 1);
        assertEquals("certifiedOn", assertThrows(FieldRuleViolation.class,
                () -> record("6", TODAY.plusDays(1), 1)).field());
    }

    @Test
    void refusesNoStaffAndNoHours() {
        assertEquals("staff", assertThrows(FieldRuleViolation.class, () -> record("6", TODAY, 0)).field());
        assertEquals("hours", assertThrows(FieldRuleViolation.class, () -> record("0", TODAY, 1)).field());
        assertEquals("hours", assertThrows(FieldRuleViolation.class, () -> record(null, TODAY, 1)).field());
    }

    @Test
    void refusesABlankCourseOrProvider() {
        assertEquals("course", assertThrows(FieldRuleViolation.class, () -> TrainingRecord.record(7L,
                new TrainingCommand(" ", "x", BigDecimal.ONE, TODAY, 1), TODAY, NOW, "a")).field());
        assertEquals("provider", assertThrows(FieldRuleViolation.class, () -> TrainingRecord.record(7L,
                new TrainingCommand("x", null, BigDecimal.ONE, TODAY, 1), TODAY, NOW, "a")).field());
    }
}
