package tw.netzero.portal.domain.model.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void theAlliancesDayTurnsAtMidnightInKaohsiungNotAtUtcMidnight() {
        assertEquals(LocalDate.of(2026, 12, 31), DueDates.today(at("2026-12-31T15:59:59.999Z")));
        assertEquals(LocalDate.of(2027, 1, 1), DueDates.today(at("2026-12-31T16:00:00Z")));
        assertEquals(Year.of(2026), DueDates.thisYear(at("2026-12-31T15:59:59.999Z")));
        assertEquals(Year.of(2027), DueDates.thisYear(at("2026-12-31T16:00:00Z")));
    }

    @Test
    void aClockInAnotherZoneGivesTheSameDay() {
        Clock utc = at("2026-12-31T16:00:00Z");
        assertEquals(DueDates.today(utc), DueDates.today(utc.withZone(ZoneId.of("America/Los_Angeles"))));
    }

    @Test
    void anOpenCyclesDueDateWinsOverTheDefaultOfTheFollowingYear() {
        DueDates dueDates = new DueDates(DueDates.DEFAULT_DUE, Map.of(Year.of(2025), LocalDate.of(2026, 10, 31)));
        assertEquals(LocalDate.of(2026, 10, 31), dueDates.of(Year.of(2025)));
        assertEquals(LocalDate.of(2025, 6, 30), dueDates.of(Year.of(2024)));
    }

    @Test
    void theDefaultDueDayIsReadAsMonthAndDay() {
        assertEquals(MonthDay.of(6, 30), DueDates.parseDefaultDue(" 06-30 "));
        assertThrows(IllegalArgumentException.class, () -> DueDates.parseDefaultDue("30-06"));
    }
}
