package tw.netzero.portal.domain.model.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static Optional<Reminder> on(int daysFromDue) {
        return ReminderSchedule.dueOn(DUE, DUE.plusDays(daysFromDue));
    }

    @Test
    void nothingIsDueBeforeFourteenDaysAhead() {
        assertTrue(on(-15).isEmpty());
        assertTrue(on(-100).isEmpty());
    }

    @Test
    void theFirstNoticeRunsFromFourteenToFourDaysAhead() {
        assertEquals(Optional.of(Reminder.BEFORE_14_DAYS), on(-14));
        assertEquals(Optional.of(Reminder.BEFORE_14_DAYS), on(-4));
    }

    @Test
    void theLastNoticeRunsFromThreeDaysAheadToTheDueDateItself() {
        assertEquals(Optional.of(Reminder.BEFORE_3_DAYS), on(-3));
        assertEquals(Optional.of(Reminder.BEFORE_3_DAYS), on(0));
    }

    @Test
    void afterTheDueDateOneReminderAWeekStartingTheDayAfter() {
        assertEquals(Optional.of(Reminder.overdueWeek(1)), on(1));
        assertEquals(Optional.of(Reminder.overdueWeek(1)), on(7));
        assertEquals(Optional.of(Reminder.overdueWeek(2)), on(8));
        assertEquals(Optional.of(Reminder.overdueWeek(2)), on(14));
        assertEquals(Optional.of(Reminder.overdueWeek(3)), on(15));
        assertEquals(Optional.of(Reminder.overdueWeek(53)), on(365));
    }

    @Test
    void nothingForACompanyWhoseFilingIsSubmitted() {
        assertTrue(ReminderSchedule.dueOn(DUE, DUE.minusDays(14), true).isEmpty());
        assertTrue(ReminderSchedule.dueOn(DUE, DUE.plusDays(8), true).isEmpty());
        assertEquals(Optional.of(Reminder.overdueWeek(2)), ReminderSchedule.dueOn(DUE, DUE.plusDays(8), false));
    }

    @Test
    void aDueDateAcrossTheTurnOfTheYearCountsCalendarDays() {
        LocalDate due = LocalDate.of(2027, 1, 2);
        assertEquals(Optional.of(Reminder.BEFORE_14_DAYS), ReminderSchedule.dueOn(due, LocalDate.of(2026, 12, 19)));
        assertEquals(Optional.of(Reminder.BEFORE_3_DAYS), ReminderSchedule.dueOn(due, LocalDate.of(2026, 12, 30)));
    }

    @Test
    void standingIsDueSoonWithinTheFirstNoticeAndOverdueFromTheDayAfter() {
        assertEquals(DeadlineStanding.NOT_YET_DUE, ReminderSchedule.standing(DUE, DUE.minusDays(15)));
        assertEquals(DeadlineStanding.DUE_SOON, ReminderSchedule.standing(DUE, DUE.minusDays(14)));
        assertEquals(DeadlineStanding.DUE_SOON, ReminderSchedule.standing(DUE, DUE));
        assertEquals(DeadlineStanding.OVERDUE, ReminderSchedule.standing(DUE, DUE.plusDays(1)));
    }

    @Test
    void remindersAreStoredAndReadBackByTheirCode() {
        assertEquals("BEFORE_14_DAYS", Reminder.BEFORE_14_DAYS.code());
        assertEquals("OVERDUE_WEEK_12", Reminder.overdueWeek(12).code());
        assertEquals(Reminder.overdueWeek(12), Reminder.parse("OVERDUE_WEEK_12"));
        assertEquals(Reminder.BEFORE_3_DAYS, Reminder.parse("BEFORE_3_DAYS"));
    }
}
