package tw.netzero.portal.domain.model.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Percentage;

class ReportingCycleTest {

    private static final Year CURRENT_YEAR = Year.of(2026);
    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

    private static ReportingCycle open(int year, LocalDate due, String tolerance) {
        return ReportingCycle.open(Year.of(year), due, tolerance == null ? null : new BigDecimal(tolerance), CURRENT_YEAR,
                NOW, "admin@secretariat.example");
    }

    private static void assertRefusedAt(String field, String key, Runnable action) {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, action::run);
        assertEquals(field, refused.field());
        assertEquals(key, refused.messageKey());
    }

    @Test
    void opensWithItsDueDateAndTolerance() {
        ReportingCycle cycle = open(2025, LocalDate.of(2026, 6, 30), "2.5");
        assertEquals(Year.of(2025), cycle.reportingYear());
        assertEquals(LocalDate.of(2026, 6, 30), cycle.dueDate());
        assertEquals(Percentage.of("2.5"), cycle.tolerance());
        assertEquals(CycleStatus.OPEN, cycle.status());
    }

    @Test
    void refusesADueDateBeforeTheReportingYearHasEnded() {
        assertRefusedAt("dueDate", "cycle.dueDate.notAfterYearEnd", () -> open(2025, LocalDate.of(2025, 12, 31), "0"));
        assertRefusedAt("dueDate", "cycle.dueDate.notAfterYearEnd", () -> open(2025, LocalDate.of(2025, 6, 30), "0"));
        assertRefusedAt("dueDate", "cycle.dueDate.required", () -> open(2025, null, "0"));
        assertEquals(LocalDate.of(2026, 1, 1), open(2025, LocalDate.of(2026, 1, 1), "0").dueDate());
    }

    @Test
    void refusesAToleranceOutsideZeroToTenPercent() {
        assertRefusedAt("tolerance", "cycle.tolerance.outOfRange", () -> open(2025, LocalDate.of(2026, 6, 30), "-0.01"));
        assertRefusedAt("tolerance", "cycle.tolerance.outOfRange", () -> open(2025, LocalDate.of(2026, 6, 30), "10.01"));
        assertRefusedAt("tolerance", "cycle.tolerance.required", () -> open(2025, LocalDate.of(2026, 6, 30), null));
        assertEquals(Percentage.of("10"), open(2025, LocalDate.of(2026, 6, 30), "10").tolerance());
    }

    @Test
    void refusesYearsBefore2015AndFutureYears() {
        assertRefusedAt("reportingYear", "cycle.reportingYear.outOfRange", () -> open(2014, LocalDate.of(2015, 6, 30), "0"));
        assertRefusedAt("reportingYear", "cycle.reportingYear.outOfRange", () -> open(2027, LocalDate.of(2028, 6, 30), "0"));
        assertEquals(Year.of(2026), open(2026, LocalDate.of(2027, 6, 30), "0").reportingYear());
    }

    @Test
    void reschedulingChecksTheSameRulesAndKeepsTheCycleOnRefusal() {
        ReportingCycle cycle = open(2025, LocalDate.of(2026, 6, 30), "1");
        assertRefusedAt("dueDate", "cycle.dueDate.notAfterYearEnd",
                () -> cycle.reschedule(LocalDate.of(2025, 11, 30), new BigDecimal("3")));
        assertEquals(Percentage.of("1"), cycle.tolerance(), "nothing changed");
        cycle.reschedule(LocalDate.of(2026, 7, 31), new BigDecimal("3"));
        assertEquals(LocalDate.of(2026, 7, 31), cycle.dueDate());
        assertEquals(Percentage.of("3"), cycle.tolerance());
    }

    @Test
    void aClosedCycleIsNoLongerChanged() {
        ReportingCycle cycle = open(2024, LocalDate.of(2025, 6, 30), "0");
        cycle.close();
        assertEquals(CycleStatus.CLOSED, cycle.status());
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> cycle.reschedule(LocalDate.of(2025, 7, 31), BigDecimal.ZERO));
        assertEquals("cycle.closed", refused.messageKey());
        assertThrows(DomainRuleViolation.class, cycle::close);
    }

    @Test
    void dueDatesComeFromTheOpenCycleElseFromTheConfiguredDefaultDay() {
        DueDates dueDates = new DueDates(DueDates.parseDefaultDue("06-30"), Map.of(Year.of(2025), LocalDate.of(2026, 7, 15)));
        assertEquals(LocalDate.of(2026, 7, 15), dueDates.of(Year.of(2025)));
        assertEquals(LocalDate.of(2025, 6, 30), dueDates.of(Year.of(2024)));
        assertEquals(MonthDay.of(5, 31), DueDates.parseDefaultDue(" 05-31 "));
        assertThrows(IllegalArgumentException.class, () -> DueDates.parseDefaultDue("30 June"));
    }
}
