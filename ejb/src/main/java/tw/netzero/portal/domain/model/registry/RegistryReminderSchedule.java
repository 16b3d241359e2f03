package tw.netzero.portal.domain.model.registry;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.ReminderSchedule;

/**
 * Which MOENV reminder a member is due on a day (issue 17, item 2; decision 0048). Climate Change Response
 * Act (2023) art. 21 and MOENV's Regulations Governing Greenhouse Gas Emissions Inventory and Registration:
 * an emitter of at least 25,000 t CO2e of scope 1 + 2 a year, or of a listed industry, registers last
 * year's inventory by 30 April and has it verified by 31 October (shared/domain.md). A member that must
 * register and has not met a deadline gets a reminder 14 days and 3 days before it, the lead times of the
 * alliance's own reminders ({@link ReminderSchedule}); on any day the latest notice whose day has come, so
 * a missed morning catches up with one mail. None after the deadline: MOENV enforces its own dates, the
 * secretariat sees who missed them (overdue page). Days are calendar days in Taipei ({@link DueDates#today}).
 * Sending each once is the caller's job (the {@code registry_reminder_sent} key).
 */
public final class RegistryReminderSchedule {

    private RegistryReminderSchedule() {
    }

    /** The inventory year whose deadlines fall in the year of this day: last year's. */
    public static Year inventoryYearDueIn(LocalDate today) {
        return Year.of(today.getYear()).minusYears(1);
    }

    /** The reminder due on this day for the obligation; empty when nothing is due (or no duty is known). */
    public static Optional<RegistryReminder> dueOn(RegistryObligation obligation, LocalDate today) {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(today, "today");
        for (RegistryDeadline deadline : RegistryDeadline.values()) {
            if (!obligation.open(deadline)) {
                continue;
            }
            Optional<RegistryReminder> due = ReminderSchedule.dueOn(deadline.of(obligation.inventoryYear()), today)
                    .filter(notice -> !notice.isOverdue())
                    .map(notice -> new RegistryReminder(obligation.inventoryYear(), deadline, notice));
            if (due.isPresent()) {
                return due;
            }
        }
        return Optional.empty();
    }
}
