package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.cycle.OverdueReport;
import tw.netzero.portal.application.cycle.ReminderService;
import tw.netzero.portal.application.cycle.ReportingCycleService;
import tw.netzero.portal.application.registry.RegistryDeadlineReport;
import tw.netzero.portal.application.registry.RegistryReminders;
import tw.netzero.portal.domain.model.cycle.Reminder;
import tw.netzero.portal.domain.model.registry.RegistryReminder;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/overdue.xhtml: filings due soon or overdue in open cycles, and "remind now"; below them
 * MOENV's deadlines of last year's inventory with the members that have not met them (decision 0048).
 */
@Named
@ViewScoped
public class OverdueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportingCycleService cycleService;

    @Inject
    private ReminderService reminders;

    @Inject
    private RegistryReminders registryReminders;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<OverdueReport> reports;

    private List<RegistryDeadlineReport> registryReports;

    @PostConstruct
    void load() {
        reports = cycleService.outstanding();
        registryReports = registryReminders.outstanding();
    }

    public void remind(OverdueReport report, OverdueReport.Line line) {
        serviceCall.call("overdue", () -> reminders.remindNow(report.cycleId(), line.company().companyId()))
                .ifPresent(users -> messages.info("reminder.sent", line.company().nameEn(), users));
    }

    public void remindAll(OverdueReport report) {
        serviceCall.call("overdue", () -> reminders.remindAllOverdue(report.cycleId()))
                .ifPresent(companies -> messages.info("reminder.sentAll", companies, report.reportingYear()));
    }

    /** The secretariat admin's "send today's scheduled reminders now" (what the morning timer does). */
    public void sendScheduledNow() {
        serviceCall.call("overdue", reminders::sendDueRemindersNow).ifPresent(sent -> {
            messages.info("reminder.scheduledRun", sent);
            load();
        });
    }

    /** "14 days before", "Overdue, week 3", ... in the view's language; empty when none was sent. */
    public String reminderLabel(Reminder reminder) {
        return reminder == null ? messages.text("overdue.noReminder")
                : messages.text("reminder.kind." + reminder.kind(), reminder.week());
    }

    /** The same for a MOENV reminder (14 or 3 days before the deadline). */
    public String registryReminderLabel(RegistryReminder reminder) {
        return reminderLabel(reminder == null ? null : reminder.notice());
    }

    public List<OverdueReport> getReports() {
        return reports;
    }

    /** Last year's MOENV deadlines near or past, with the members that must register and have not met them. */
    public List<RegistryDeadlineReport> getRegistryReports() {
        return registryReports;
    }
}
