package tw.netzero.portal.domain.model.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Which reminder a company without a submitted filing is due on a given day (issue 5): 14 days
 * before the due date, 3 days before it, and weekly after it, the first on the day after the
 * due date. On any day the reminder due is the latest one whose day has come, so a run that
 * was missed (server down) catches up with the newest reminder only, never with a burst of
 * older ones; sending each reminder once is the caller's job (the {@code reminder_sent} key).
 */
public final class ReminderSchedule {

    public static final int FIRST_NOTICE_DAYS = 14;
    public static final int LAST_NOTICE_DAYS = 3;
    public static final int OVERDUE_INTERVAL_DAYS = 7;

    private ReminderSchedule() {
    }

    /** The reminder due today for a company that has not submitted its filing; empty before the first notice. */
    public static Optional<Reminder> dueOn(LocalDate dueDate, LocalDate today) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        if (daysLeft > FIRST_NOTICE_DAYS) {
            return Optional.empty();
        }
        if (daysLeft > LAST_NOTICE_DAYS) {
            return Optional.of(Reminder.BEFORE_14_DAYS);
        }
        if (daysLeft >= 0) {
            return Optional.of(Reminder.BEFORE_3_DAYS);
        }
        long daysOverdue = -daysLeft;
        return Optional.of(Reminder.overdueWeek((int) ((daysOverdue - 1) / OVERDUE_INTERVAL_DAYS) + 1));
    }

    /** The same, for a company: none once its filing is submitted (or accepted). */
    public static Optional<Reminder> dueOn(LocalDate dueDate, LocalDate today, boolean filingSubmitted) {
        return filingSubmitted ? Optional.empty() : dueOn(dueDate, today);
    }

    public static DeadlineStanding standing(LocalDate dueDate, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        return daysLeft < 0 ? DeadlineStanding.OVERDUE
                : daysLeft <= FIRST_NOTICE_DAYS ? DeadlineStanding.DUE_SOON : DeadlineStanding.NOT_YET_DUE;
    }
}
