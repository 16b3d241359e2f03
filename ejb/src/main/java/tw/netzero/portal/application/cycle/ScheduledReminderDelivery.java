package tw.netzero.portal.application.cycle;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.mail.CompanyMail;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.cycle.DueDates;

/**
 * What the senders of scheduled reminders share (the reporting cycle's {@link ReminderDelivery}, MOENV's
 * {@code RegistryReminderDelivery}): each sends one company's reminder in a transaction of its own, so
 * that one company's failed mail neither stops nor undoes the others', and writes the row that records
 * the reminder before the mails, its unique key refusing a second one (decision 0028).
 */
public abstract class ScheduledReminderDelivery {

    @Inject
    protected CompanyRepository companies;

    @Inject
    protected CompanyMail mail;

    @Inject
    protected Clock clock;

    @EJB
    protected AuditLog audit;

    @Resource
    private SessionContext session;

    /** A day after the current one: the timer, which runs without a caller, never sends for it. */
    protected boolean isAfterToday(LocalDate day) {
        return day.isAfter(DueDates.today(clock));
    }

    /**
     * Writes the row that records the reminder; false, with the transaction marked for rollback, when a
     * concurrent run (also another instance's) recorded it first.
     */
    protected boolean recordedFirst(Runnable addTheRow) {
        try {
            addTheRow.run();
            return true;
        } catch (PersistenceException sentByAConcurrentRun) {
            session.setRollbackOnly();
            return false;
        }
    }
}
