package tw.netzero.portal.domain.model.cycle;

import java.io.Serializable;
import java.util.Objects;

/**
 * One reminder of a cycle, as stored in {@code reminder_sent}: {@code BEFORE_14_DAYS},
 * {@code BEFORE_3_DAYS} or {@code OVERDUE_WEEK_n} (n = 1 from the day after the due date).
 */
public record Reminder(ReminderKind kind, int week) implements Serializable {

    public static final Reminder BEFORE_14_DAYS = new Reminder(ReminderKind.BEFORE_14_DAYS, 0);
    public static final Reminder BEFORE_3_DAYS = new Reminder(ReminderKind.BEFORE_3_DAYS, 0);

    private static final String OVERDUE_PREFIX = ReminderKind.OVERDUE_WEEK.name() + "_";

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ReminderKind.OVERDUE_WEEK) != (week > 0)) {
            throw new IllegalArgumentException(kind + " with week " + week);
        }
    }

    public static Reminder overdueWeek(int week) {
        return new Reminder(ReminderKind.OVERDUE_WEEK, week);
    }

    public boolean isOverdue() {
        return kind == ReminderKind.OVERDUE_WEEK;
    }

    /** The stored form, unique per cycle and company. */
    public String code() {
        return isOverdue() ? OVERDUE_PREFIX + week : kind.name();
    }

    public static Reminder parse(String code) {
        return code.startsWith(OVERDUE_PREFIX) ? overdueWeek(Integer.parseInt(code.substring(OVERDUE_PREFIX.length())))
                : new Reminder(ReminderKind.valueOf(code), 0);
    }

    @Override
    public String toString() {
        return code();
    }
}
