package tw.netzero.portal.application.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.application.cycle.ReminderDelivery;
import tw.netzero.portal.application.cycle.ScheduledReminderDelivery;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.registry.RegistryRecordRepository;
import tw.netzero.portal.domain.model.registry.RegistryReminder;
import tw.netzero.portal.domain.model.registry.RegistryReminderSchedule;
import tw.netzero.portal.domain.model.registry.RegistryReminderSent;

/**
 * Sends one company's MOENV reminder in a transaction of its own (decision 0048), as
 * {@link tw.netzero.portal.application.cycle.ReminderDelivery} sends the cycle's: one company's failed mail
 * neither stops nor undoes the others'.
 */
@Stateless
public class RegistryReminderDelivery extends ScheduledReminderDelivery {

    /** Where a reminded user records the year: the company's registry page. */
    static final String REGISTRY_PATH = "/member/registry.xhtml";

    @Inject
    private RegistryObligations obligations;

    @Inject
    private RegistryRecordRepository records;


    /**
     * The MOENV reminder due on {@code today} for the company, if it has not had it yet: the
     * {@code registry_reminder_sent} row first (its unique key refuses a second one, also from another
     * instance's run at the same moment), then the mails, queued to go after the commit (decision 0028).
     * Open to the timer, which runs without a caller: it decides everything from the stored records and
     * filings, never for a day after the current one.
     *
     * @return whether a reminder was recorded (and mailed to the company's enabled users)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendScheduled(long companyId, LocalDate today) {
        if (isAfterToday(today)) {
            return false;
        }
        MemberCompany company = companies.find(companyId)
                .filter(found -> found.membershipStatus() == MembershipStatus.ACTIVE).orElse(null);
        if (company == null) {
            return false;
        }
        Optional<RegistryReminder> due = RegistryReminderSchedule.dueOn(
                obligations.of(companyId, RegistryReminderSchedule.inventoryYearDueIn(today)), today);
        if (due.isEmpty() || records.wasSent(companyId, due.get())) {
            return false;
        }
        RegistryReminderSent sent = new RegistryReminderSent(companyId, due.get(), clock.instant());
        if (!recordedFirst(() -> records.add(sent))) {
            return false;
        }
        List<UserAccount> recipients = mailTo(company, due.get(), today);
        sent.sentTo(recipients.size());
        audit.recordAsCallerOr(ReminderDelivery.SCHEDULE_ACTOR, AuditAction.REGISTRY_REMINDER_SENT, "company", companyId,
                "inventory year " + due.get().inventoryYear() + ", " + due.get().deadline() + " by "
                        + due.get().dueDate() + ", " + due.get().notice() + ", " + recipients.size() + " recipient(s)");
        return true;
    }

    private List<UserAccount> mailTo(MemberCompany company, RegistryReminder reminder, LocalDate today) {
        return mail.toEnabledUsers(company.id(), "registryReminder." + reminder.deadline(), company.nameEn(),
                company.nameZh(), reminder.inventoryYear().getValue(), reminder.dueDate().toString(),
                ChronoUnit.DAYS.between(today, reminder.dueDate()), mail.link(REGISTRY_PATH));
    }
}
