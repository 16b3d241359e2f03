package tw.netzero.portal.application.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.OutstandingCompany;
import tw.netzero.portal.domain.model.cycle.ReminderSchedule;
import tw.netzero.portal.domain.model.registry.RegistryDeadline;
import tw.netzero.portal.domain.model.registry.RegistryObligation;
import tw.netzero.portal.domain.model.registry.RegistryRecordRepository;
import tw.netzero.portal.domain.model.registry.RegistryReminderSchedule;
import tw.netzero.portal.domain.model.registry.RegistryReminderSent;

/**
 * Reminders of MOENV's deadlines (issue 17, item 2; decision 0048) to the active members that must register
 * last year's inventory ({@link RegistryReminderSchedule}): sent by the alliance's morning reminder run
 * ({@link tw.netzero.portal.application.cycle.ReminderService}), each once; and the members that have not
 * met a deadline that is near or past, for the secretariat's overdue page.
 */
@Stateless
public class RegistryReminders {

    private static final Logger LOG = Logger.getLogger(RegistryReminders.class.getName());

    @Inject
    private RegistryObligations obligations;

    @Inject
    private RegistryRecordRepository records;

    @Inject
    private Clock clock;

    @EJB
    private RegistryReminderDelivery delivery;

    /**
     * The MOENV reminders due on a day (not after today), leaving out those sent already; returns how many
     * went. Open to the timer, which runs without a caller, as the delivery is.
     */
    @PermitAll
    public int sendDue(LocalDate day) {
        if (day.isAfter(DueDates.today(clock))) {
            return 0;
        }
        int sent = 0;
        for (Map.Entry<MemberCompany, RegistryObligation> member
                : obligations.ofActiveMembers(RegistryReminderSchedule.inventoryYearDueIn(day)).entrySet()) {
            if (RegistryReminderSchedule.dueOn(member.getValue(), day).isEmpty()) {
                continue;
            }
            try {
                if (delivery.sendScheduled(member.getKey().id(), day)) {
                    sent++;
                }
            } catch (EJBException failed) {
                // That company's reminder stays unsent and is tried again on the next run.
                LOG.log(Level.WARNING, "MOENV reminder to " + member.getKey().nameEn() + " not sent", failed);
            }
        }
        return sent;
    }

    /**
     * Last year's MOENV deadlines that are due within {@link ReminderSchedule#FIRST_NOTICE_DAYS} days or past,
     * each with the active members that must register and have not met it; a past deadline every member met
     * is left out.
     */
    @RolesAllowed(Roles.REVIEWER)
    public List<RegistryDeadlineReport> outstanding() {
        LocalDate today = DueDates.today(clock);
        Year year = RegistryReminderSchedule.inventoryYearDueIn(today);
        Map<MemberCompany, RegistryObligation> members = null;
        Map<String, RegistryReminderSent> lastReminders = new HashMap<>();
        List<RegistryDeadlineReport> reports = new ArrayList<>();
        for (RegistryDeadline deadline : RegistryDeadline.values()) {
            LocalDate dueDate = deadline.of(year);
            DeadlineStanding standing = ReminderSchedule.standing(dueDate, today);
            if (standing == DeadlineStanding.NOT_YET_DUE) {
                continue;
            }
            if (members == null) {
                members = obligations.ofActiveMembers(year);
                // Each company's latest reminder per deadline (the rows come oldest first).
                records.remindersOf(year).forEach(sent -> lastReminders.put(
                        sent.companyId() + "/" + sent.reminder().deadline(), sent));
            }
            List<RegistryDeadlineReport.Line> lines = new ArrayList<>();
            members.forEach((company, obligation) -> {
                if (obligation.open(deadline)) {
                    RegistryReminderSent last = lastReminders.get(company.id() + "/" + deadline);
                    lines.add(new RegistryDeadlineReport.Line(
                            new OutstandingCompany(company.id(), company.ubn(), company.nameEn(), company.nameZh()),
                            obligation.duty(), obligation.registered(), last == null ? null : last.reminder(),
                            last == null ? null : last.sentAt()));
                }
            });
            if (standing == DeadlineStanding.OVERDUE && lines.isEmpty()) {
                continue;
            }
            reports.add(new RegistryDeadlineReport(year, deadline, dueDate, standing,
                    Math.abs(ChronoUnit.DAYS.between(today, dueDate)), lines));
        }
        return reports;
    }
}
