package tw.netzero.portal.application.cycle;

import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.application.account.Caller;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.ReminderSchedule;
import tw.netzero.portal.domain.model.cycle.ReminderSent;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * Reporting cycles: the secretariat admin opens one per reporting year (due date, on-track
 * tolerance), moves its due date or closes it; the secretariat sees who still owes a filing.
 */
@Stateless
@ChecksConcurrentChanges
public class ReportingCycleService {

    private static final String CYCLE = "cycle";

    @Inject
    private CycleRepository cycles;

    @Inject
    private Clock clock;

    /** The default due day of a cycle, {@code MM-dd} in the year after the reporting year. */
    @Inject
    private PortalSettings settings;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    @RolesAllowed(Roles.REVIEWER)
    public List<CycleDetails> cycles() {
        return cycles.all().stream().map(CycleDetails::of).toList();
    }

    /** What the form proposes for a new cycle: the configured default day of the following year. */
    @RolesAllowed(Roles.REVIEWER)
    public LocalDate defaultDueDate(Year reportingYear) {
        return DueDates.defaultDueDate(reportingYear, settings.defaultDue());
    }

    /** Opens the cycle of a year; without a due date, the default one. A second cycle for the year is refused. */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public CycleDetails open(Year reportingYear, LocalDate dueDate, BigDecimal tolerancePercent) {
        Caller caller = access.current();
        if (reportingYear != null && cycles.ofYear(reportingYear).isPresent()) {
            throw duplicateYear(reportingYear);
        }
        LocalDate due = dueDate != null || reportingYear == null ? dueDate : defaultDueDate(reportingYear);
        ReportingCycle cycle = ReportingCycle.open(reportingYear, due, tolerancePercent,
                DueDates.thisYear(clock), clock.instant(), caller.email());
        cycles.add(cycle);
        try {
            // A concurrent open of the same year is caught only by the unique key: same clear error.
            entityManager.flush();
        } catch (PersistenceException raceLost) {
            throw duplicateYear(reportingYear);
        }
        audit.record(AuditAction.CYCLE_OPENED, CYCLE, cycle.id(), describe(cycle));
        return CycleDetails.of(cycle);
    }

    /**
     * Moves the due date or changes the tolerance. {@code expectedVersion} is the version the
     * admin edited: if someone saved in between, the change is refused, not overwritten.
     */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public CycleDetails reschedule(long cycleId, LocalDate dueDate, BigDecimal tolerancePercent, long expectedVersion) {
        ReportingCycle cycle = current(cycleId, expectedVersion);
        cycle.reschedule(dueDate, tolerancePercent);
        audit.record(AuditAction.CYCLE_RESCHEDULED, CYCLE, cycleId, describe(cycle));
        return CycleDetails.of(cycle);
    }

    /** Closes a cycle: no more reminders for it, and it leaves the overdue list. */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public CycleDetails close(long cycleId, long expectedVersion) {
        ReportingCycle cycle = current(cycleId, expectedVersion);
        cycle.close();
        audit.record(AuditAction.CYCLE_CLOSED, CYCLE, cycleId, describe(cycle));
        return CycleDetails.of(cycle);
    }

    /**
     * The open cycles whose due date is at most {@link ReminderSchedule#FIRST_NOTICE_DAYS} days
     * ahead or already past, each with the active members that have not submitted their filing.
     */
    @RolesAllowed(Roles.REVIEWER)
    public List<OverdueReport> outstanding() {
        LocalDate today = DueDates.today(clock);
        List<OverdueReport> reports = new ArrayList<>();
        for (ReportingCycle cycle : cycles.open()) {
            DeadlineStanding standing = ReminderSchedule.standing(cycle.dueDate(), today);
            if (standing == DeadlineStanding.NOT_YET_DUE) {
                continue;
            }
            Map<Long, ReminderSent> lastReminders = cycles.remindersOf(cycle.id()).stream()
                    .collect(Collectors.toMap(ReminderSent::companyId, Function.identity(),
                            (earlier, later) -> later.sentAt().isAfter(earlier.sentAt()) ? later : earlier));
            List<OverdueReport.Line> lines = cycles.outstanding(cycle.reportingYear()).stream()
                    .map(company -> {
                        ReminderSent last = lastReminders.get(company.companyId());
                        return new OverdueReport.Line(company, last == null ? null : last.reminder(),
                                last == null ? null : last.sentAt());
                    })
                    .toList();
            reports.add(new OverdueReport(cycle.id(), cycle.reportingYear(), cycle.dueDate(), standing,
                    Math.abs(ChronoUnit.DAYS.between(today, cycle.dueDate())), lines));
        }
        reports.sort(Comparator.comparing(OverdueReport::reportingYear));
        return reports;
    }

    private ReportingCycle current(long cycleId, long expectedVersion) {
        access.current();
        ReportingCycle cycle = cycles.find(cycleId).orElseThrow(() -> new DomainRuleViolation("cycle.notFound", cycleId));
        if (cycle.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        return cycle;
    }

    private static FieldRuleViolation duplicateYear(Year reportingYear) {
        return new FieldRuleViolation("reportingYear", "cycle.duplicateYear", reportingYear);
    }

    private static String describe(ReportingCycle cycle) {
        return cycle.reportingYear() + ", due " + cycle.dueDate() + ", tolerance " + cycle.tolerance() + ", "
                + cycle.status();
    }
}
