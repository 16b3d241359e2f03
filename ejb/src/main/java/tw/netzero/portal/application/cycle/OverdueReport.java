package tw.netzero.portal.application.cycle;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.OutstandingCompany;
import tw.netzero.portal.domain.model.cycle.Reminder;

/**
 * An open cycle whose due date is near or past, with the companies that still owe their filing.
 * {@code days} counts days left while due soon and days overdue after the due date.
 */
public record OverdueReport(long cycleId, Year reportingYear, LocalDate dueDate, DeadlineStanding standing, long days,
                            List<Line> lines) implements Serializable {

    /** A company without a submitted filing, and the last scheduled reminder it got (null: none yet). */
    public record Line(OutstandingCompany company, Reminder lastReminder, Instant lastReminderAt)
            implements Serializable {
    }
}
