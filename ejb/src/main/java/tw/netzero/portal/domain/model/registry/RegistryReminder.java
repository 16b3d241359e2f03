package tw.netzero.portal.domain.model.registry;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.cycle.Reminder;

/**
 * A reminder of one of MOENV's deadlines for an inventory year: 14 or 3 days before it, as the
 * alliance's own cycle reminders ({@link tw.netzero.portal.domain.model.cycle.ReminderSchedule}).
 *
 * @param notice {@link Reminder#BEFORE_14_DAYS} or {@link Reminder#BEFORE_3_DAYS}, never an overdue one
 */
public record RegistryReminder(Year inventoryYear, RegistryDeadline deadline, Reminder notice) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RegistryReminder {
        Objects.requireNonNull(inventoryYear, "inventoryYear");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(notice, "notice");
        if (notice.isOverdue()) {
            throw new IllegalArgumentException("MOENV deadlines are reminded of before they pass only: " + notice);
        }
    }

    /** The day the deadline falls on. */
    public LocalDate dueDate() {
        return deadline.of(inventoryYear);
    }
}
