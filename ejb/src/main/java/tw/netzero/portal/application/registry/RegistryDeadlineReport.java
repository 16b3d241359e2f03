package tw.netzero.portal.application.registry;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.OutstandingCompany;
import tw.netzero.portal.domain.model.registry.RegistrationDuty;
import tw.netzero.portal.domain.model.registry.RegistryDeadline;
import tw.netzero.portal.domain.model.registry.RegistryReminder;

/**
 * A MOENV deadline of last year's inventory that is near or past, with the active members that must
 * register and have not met it (decision 0048): the overdue page's part beside the reporting cycles.
 * {@code days} counts days left while due soon and days overdue after the deadline.
 */
public record RegistryDeadlineReport(Year inventoryYear, RegistryDeadline deadline, LocalDate dueDate,
                                     DeadlineStanding standing, long days, List<Line> lines) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A member that has not met the deadline, why it must register, whether it has registered (for the
     * verification deadline), and the last MOENV reminder it got for this deadline (null: none yet).
     */
    public record Line(OutstandingCompany company, RegistrationDuty duty, boolean registered,
                       RegistryReminder lastReminder, Instant lastReminderAt) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
