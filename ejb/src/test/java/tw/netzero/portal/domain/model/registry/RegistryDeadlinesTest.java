package tw.netzero.portal.domain.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.DueDates;

/** MOENV's dates for the 2025 inventory: registered by 30 April 2026, verified by 31 October 2026, Taipei's day. */
class RegistryDeadlinesTest {

    private static final RegistryDeadlines YEAR_2025 = new RegistryDeadlines(Year.of(2025));

    private static LocalDate taipeiDayAt(String utcInstant) {
        return DueDates.today(Clock.fixed(Instant.parse(utcInstant), ZoneOffset.UTC));
    }

    @Test
    void theDatesFallInTheYearAfterTheInventoryYear() {
        assertEquals(LocalDate.of(2026, 4, 30), YEAR_2025.registerBy());
        assertEquals(LocalDate.of(2026, 10, 31), YEAR_2025.verifyBy());
    }

    @Test
    void registrationIsDueUntilMidnightInTaipeiOnThe30thOfApril() {
        // 15:59:59 UTC on 30 April is 23:59:59 in Taipei (UTC+8): still the deadline's day.
        assertEquals(DeadlineStanding.DUE_SOON, YEAR_2025.registration(taipeiDayAt("2026-04-30T15:59:59Z")));
        // 16:00 UTC is already 1 May in Taipei, though still 30 April in UTC.
        assertEquals(DeadlineStanding.OVERDUE, YEAR_2025.registration(taipeiDayAt("2026-04-30T16:00:00Z")));
    }

    @Test
    void verificationIsDueUntilTheEndOfThe31stOfOctoberInTaipei() {
        assertEquals(DeadlineStanding.DUE_SOON, YEAR_2025.verification(taipeiDayAt("2026-10-31T15:59:59Z")));
        assertEquals(DeadlineStanding.OVERDUE, YEAR_2025.verification(taipeiDayAt("2026-10-31T16:00:00Z")));
    }

    @Test
    void farAheadTheDatesAreNotYetDue() {
        assertEquals(DeadlineStanding.NOT_YET_DUE, YEAR_2025.registration(LocalDate.of(2026, 1, 5)));
        assertEquals(DeadlineStanding.NOT_YET_DUE, YEAR_2025.verification(LocalDate.of(2026, 5, 1)));
    }
}
