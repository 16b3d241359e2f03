package tw.netzero.portal.application.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.netzero.portal.application.registry.RegistryReminders;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.OutstandingCompany;
import tw.netzero.portal.domain.model.cycle.ReminderSchedule;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * Reminders to companies that have not submitted their filing: automatically every morning
 * (a persistent EJB timer, {@link ReminderSchedule} decides which reminder is due, each is sent
 * once: see docs/decisions/0005-reminders.md), and by hand from the overdue page. The same morning
 * run sends the reminders of MOENV's registry deadlines ({@link RegistryReminders}, decision 0048).
 */
@Stateless
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @Inject
    private CycleRepository cycles;

    @Inject
    private Clock clock;

    @EJB
    private ReminderDelivery delivery;

    @EJB
    private RegistryReminders registryReminders;

    @EJB
    private DailyRuns dailyRuns;

    /** The morning run's name in {@code scheduled_run}. */
    static final String MORNING_RUN = "reporting-cycle reminders";

    /**
     * Every morning in Kaohsiung. Persistent, so a day the server was down is caught up when it
     * starts. On a deployment group every instance holds this timer; the first to claim the day runs
     * it ({@link DailyRuns}, decision 0052), and sending twice is prevented by the reminder_sent key.
     */
    @Schedule(hour = "7", minute = "0", timezone = "Asia/Taipei", persistent = true, info = MORNING_RUN)
    void sendTodaysReminders() {
        LocalDate today = today();
        if (!DailyRuns.claimed(dailyRuns, MORNING_RUN, today)) {
            LOG.info(() -> "Scheduled reminders of " + today + ": run by another instance");
            return;
        }
        int sent = sendDue(today);
        LOG.info(() -> "Scheduled reminders: " + sent + " sent");
    }

    /** The secretariat admin's "send today's reminders now": the same run the timer makes. */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public int sendDueRemindersNow() {
        return sendDue(today());
    }

    /**
     * The scheduled run as of a given day (not after today): what the timer sends on that day,
     * leaving out whatever was already sent. For the secretariat admin and for tests.
     */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public int sendDueReminders(LocalDate day) {
        if (day.isAfter(today())) {
            throw new DomainRuleViolation("reminder.futureDay", day.toString());
        }
        return sendDue(day);
    }

    /** "Remind now" for one company of an open cycle; returns how many users it went to. */
    @RolesAllowed(Roles.REVIEWER)
    public int remindNow(long cycleId, long companyId) {
        return delivery.sendNow(cycleId, companyId);
    }

    /**
     * "Remind now" for every company of an overdue cycle that has not submitted; companies
     * without an enabled user are left out. Returns how many companies were reminded.
     */
    @RolesAllowed(Roles.REVIEWER)
    public int remindAllOverdue(long cycleId) {
        ReportingCycle cycle = cycles.find(cycleId).orElseThrow(() -> new DomainRuleViolation("cycle.notFound", cycleId));
        if (ReminderSchedule.standing(cycle.dueDate(), today()) != DeadlineStanding.OVERDUE) {
            throw new DomainRuleViolation("reminder.notOverdue", cycle.reportingYear());
        }
        int reminded = 0;
        for (OutstandingCompany company : cycles.outstanding(cycle.reportingYear())) {
            try {
                delivery.sendNow(cycleId, company.companyId());
                reminded++;
            } catch (DomainRuleViolation nobodyToRemind) {
                LOG.info(() -> "Not reminded: " + company.nameEn() + ": " + nobodyToRemind.getMessage());
            }
        }
        return reminded;
    }

    /** The cycles' reminders due on the day, then MOENV's (decision 0048): one morning run, one count. */
    private int sendDue(LocalDate day) {
        int sent = registryReminders.sendDue(day);
        for (ReportingCycle cycle : cycles.open()) {
            if (ReminderSchedule.dueOn(cycle.dueDate(), day).isEmpty()) {
                continue;
            }
            for (OutstandingCompany company : cycles.outstanding(cycle.reportingYear())) {
                try {
                    if (delivery.sendScheduled(cycle.id(), company.companyId(), day)) {
                        sent++;
                    }
                } catch (EJBException failed) {
                    // That company's reminder stays unsent and is tried again on the next run.
                    LOG.log(Level.WARNING, "Reminder to " + company.nameEn() + " for " + cycle.reportingYear()
                            + " not sent", failed);
                }
            }
        }
        return sent;
    }

    private LocalDate today() {
        return DueDates.today(clock);
    }
}
