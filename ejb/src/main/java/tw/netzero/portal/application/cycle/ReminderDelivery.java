package tw.netzero.portal.application.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.Reminder;
import tw.netzero.portal.domain.model.cycle.ReminderSchedule;
import tw.netzero.portal.domain.model.cycle.ReminderSent;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * Sends one company's reminder for one cycle, each in a transaction of its own, so that one
 * company's failed mail neither stops nor undoes the others'. Used by {@link ReminderService}.
 */
@Stateless
public class ReminderDelivery extends ScheduledReminderDelivery {

    /** The audit trail's actor for reminders the timer sends. */
    public static final String SCHEDULE_ACTOR = "reminder-schedule";
    private static final String COMPANY = "company";
    /** Where a reminded user goes to file: their overview lists the years due. */
    static final String FILING_PATH = "/member/home.xhtml";

    @Inject
    private CycleRepository cycles;

    /**
     * The scheduled reminder due on {@code today} for the company, if it has not had it yet: the
     * {@code reminder_sent} row is written first (its unique key refuses a second one, even from
     * a concurrent run), then the mails are queued in the same transaction (decision 0028): they
     * go out after the commit, and are retried while the mail server is away. Open to the timer, which runs without a caller, but it decides everything
     * itself from the stored cycle and filings, and never for a day after the current one.
     *
     * @return whether a reminder was recorded (and mailed to the company's enabled users)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendScheduled(long cycleId, long companyId, LocalDate today) {
        if (isAfterToday(today)) {
            return false;
        }
        ReportingCycle cycle = cycles.find(cycleId).filter(ReportingCycle::isOpen).orElse(null);
        if (cycle == null) {
            return false;
        }
        Optional<Reminder> due = ReminderSchedule.dueOn(cycle.dueDate(), today,
                !cycles.isOutstanding(companyId, cycle.reportingYear()));
        if (due.isEmpty() || cycles.wasSent(cycleId, companyId, due.get())) {
            return false;
        }
        ReminderSent sent = new ReminderSent(cycleId, companyId, due.get(), clock.instant());
        if (!recordedFirst(() -> cycles.add(sent))) {
            return false;
        }
        MemberCompany company = companies.find(companyId).orElseThrow();
        List<UserAccount> recipients = mailTo(company, cycle, today);
        sent.sentTo(recipients.size());
        audit.recordAsCallerOr(SCHEDULE_ACTOR, AuditAction.REMINDER_SENT, COMPANY, companyId,
                describe(cycle, due.get().code(), recipients));
        return true;
    }

    /** A reminder the secretariat sends by hand ("remind now"), to a company that has not submitted its filing. */
    @RolesAllowed(Roles.REVIEWER)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendNow(long cycleId, long companyId) {
        ReportingCycle cycle = cycles.find(cycleId).orElseThrow(() -> new DomainRuleViolation("cycle.notFound", cycleId));
        if (!cycle.isOpen()) {
            throw new DomainRuleViolation("cycle.closed", cycle.reportingYear());
        }
        MemberCompany company = companies.find(companyId)
                .orElseThrow(() -> new DomainRuleViolation("company.notFound", companyId));
        if (!cycles.isOutstanding(companyId, cycle.reportingYear())) {
            throw new DomainRuleViolation("reminder.notOutstanding", company.nameEn(), cycle.reportingYear());
        }
        List<UserAccount> recipients = mailTo(company, cycle, DueDates.today(clock));
        if (recipients.isEmpty()) {
            throw new DomainRuleViolation("reminder.noRecipients", company.nameEn());
        }
        audit.record(AuditAction.REMINDER_SENT_MANUALLY, COMPANY, companyId, describe(cycle, "MANUAL", recipients));
        return recipients.size();
    }

    /** Queues the reminder to each enabled user of the company; returns them. */
    private List<UserAccount> mailTo(MemberCompany company, ReportingCycle cycle, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, cycle.dueDate());
        return mail.toEnabledUsers(company.id(), days >= 0 ? "reminder.upcoming" : "reminder.overdue",
                company.nameEn(), company.nameZh(), cycle.reportingYear().getValue(), cycle.dueDate().toString(),
                Math.abs(days), mail.link(FILING_PATH));
    }

    private static String describe(ReportingCycle cycle, String reminder, List<UserAccount> recipients) {
        return "reporting year " + cycle.reportingYear() + ", due " + cycle.dueDate() + ", " + reminder + ", "
                + recipients.size() + " recipient(s)";
    }
}
