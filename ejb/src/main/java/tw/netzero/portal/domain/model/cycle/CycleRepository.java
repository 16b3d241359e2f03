package tw.netzero.portal.domain.model.cycle;

import java.time.Year;
import java.util.List;
import java.util.Optional;

/** Reporting cycles, the reminders sent for them, and who still owes a filing. */
public interface CycleRepository {

    Optional<ReportingCycle> find(long id);

    Optional<ReportingCycle> ofYear(Year reportingYear);

    /** Every cycle, newest reporting year first. */
    List<ReportingCycle> all();

    /** The open cycles, oldest reporting year first. */
    List<ReportingCycle> open();

    void add(ReportingCycle cycle);

    /** Active members without a submitted or accepted filing for the year, by English name. */
    List<OutstandingCompany> outstanding(Year reportingYear);

    /** Whether the company is one of {@link #outstanding(Year)}. */
    boolean isOutstanding(long companyId, Year reportingYear);

    boolean wasSent(long cycleId, long companyId, Reminder reminder);

    /** Records a reminder and writes it at once, so that a second one for the same key fails here. */
    void add(ReminderSent reminder);

    List<ReminderSent> remindersOf(long cycleId);
}
