package tw.netzero.portal.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.infrastructure.demo.DemoData.DemoCalendar;

/** The demo's dates follow the day it is loaded (issue 20, defect 15), so no member starts overdue. */
class DemoCalendarTest {

    @Test
    void earlyInTheYearLastYearIsDueOn30June() {
        DemoCalendar calendar = DemoCalendar.of(LocalDate.of(2026, 2, 10));
        assertEquals(Year.of(2025), calendar.openYear());
        assertEquals(LocalDate.of(2026, 6, 30), calendar.openDue());
        assertEquals(Year.of(2024), calendar.lastFiledYear());
        assertEquals(LocalDate.of(2024, 3, 15), calendar.pledgesApproved());
    }

    @Test
    void laterInTheYearTheDueDateMovesOnInsteadOfEveryoneBeingOverdue() {
        LocalDate december = LocalDate.of(2026, 12, 5);
        DemoCalendar calendar = DemoCalendar.of(december);
        assertEquals(Year.of(2025), calendar.openYear());
        assertEquals(LocalDate.of(2027, 4, 30), calendar.openDue());

        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
            LocalDate loaded = day;
            LocalDate due = DemoCalendar.of(loaded).openDue();
            assertTrue(!due.isBefore(loaded.plus(DemoCalendar.NOTICE)), () -> loaded + " gives " + due);
        }
    }
}
