package tw.netzero.portal.application.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.filing.FilingExamples;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompaniesWithMailTest;
import tw.netzero.portal.testing.ScheduledTimers;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * Reminders inside Payara on MariaDB with a real SMTP server: the scheduled run for chosen days
 * sends the right reminder once to the users of companies without a submitted filing, the
 * timer behind it is persistent, and "remind now" works for the secretariat.
 */
class ReminderServiceIT extends TwoCompaniesWithMailTest {

    private static final Year YEAR = Year.of(2024);
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompaniesWithMail("reminder-service-it")
                .addClasses(FilingExamples.class, ScheduledTimers.class);
    }

    @Inject
    private ReminderService reminders;

    @Inject
    private ReportingCycleService cycles;

    @Inject
    private ScheduledTimers timers;

    private CycleDetails cycle;

    /** Company B has submitted its 2024 filing; company A (two users) has not; C is only an applicant. */
    @BeforeEach
    void aCycleFor2024DueOn30June2025() throws Exception {
        transaction.begin();
        ProgressFiling filingOfB = ProgressFiling.start(alliance.companyB(), YEAR);
        filingOfB.revise(FilingExamples.complete());
        filingOfB.submit(Instant.parse("2025-05-02T03:00:00Z"));
        entityManager.persist(filingOfB);
        transaction.commit();
        signedIn.as(TwoCompanies.SECRETARIAT_ADMIN, TwoCompanies.PASSWORD);
        cycle = cycles.open(YEAR, DUE, BigDecimal.ZERO);
    }

    @Test
    void eachReminderGoesOnceOnItsDayToTheUsersOfCompaniesThatHaveNotSubmitted() throws Exception {
        assertEquals(0, reminders.sendDueReminders(DUE.minusDays(15)));
        assertTrue(mail.take().isEmpty(), "nothing 15 days ahead");

        assertEquals(1, reminders.sendDueReminders(DUE.minusDays(14)));
        assertMailsToUsersOfA("due on 2025-06-30", "(14 day(s) left)");
        assertEquals(0, reminders.sendDueReminders(DUE.minusDays(14)), "the same day again");
        assertEquals(0, reminders.sendDueReminders(DUE.minusDays(5)), "the first notice is sent already");
        assertTrue(mail.take().isEmpty());

        assertEquals(1, reminders.sendDueReminders(DUE.minusDays(3)));
        assertMailsToUsersOfA("due on 2025-06-30", "(3 day(s) left)");
        assertEquals(0, reminders.sendDueReminders(DUE));

        assertEquals(1, reminders.sendDueReminders(DUE.plusDays(1)));
        assertMailsToUsersOfA("overdue since 2025-06-30", "is 1 day(s) overdue");
        assertEquals(0, reminders.sendDueReminders(DUE.plusDays(7)), "one a week");
        assertEquals(1, reminders.sendDueReminders(DUE.plusDays(8)));
        assertMailsToUsersOfA("overdue since 2025-06-30", "is 8 day(s) overdue");
        assertEquals(0, reminders.sendDueReminders(DUE.plusDays(8)));
        assertTrue(mail.take().isEmpty());

        assertEquals(List.of("BEFORE_14_DAYS", "BEFORE_3_DAYS", "OVERDUE_WEEK_1", "OVERDUE_WEEK_2"), sentReminders());
        assertEquals(4L, entityManager.createQuery(
                "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = tw.netzero.portal.domain.model.audit.AuditAction.REMINDER_SENT",
                Long.class).getSingleResult());
    }

    @Test
    void aCompanyThatSubmitsGetsNoFurtherReminder() throws Exception {
        reminders.sendDueReminders(DUE.minusDays(14));
        mail.take();
        transaction.begin();
        ProgressFiling filingOfA = ProgressFiling.start(alliance.companyA(), YEAR);
        filingOfA.revise(FilingExamples.complete());
        filingOfA.submit(Instant.parse("2025-06-20T03:00:00Z"));
        entityManager.persist(filingOfA);
        transaction.commit();

        assertEquals(0, reminders.sendDueReminders(DUE.minusDays(3)));
        assertEquals(0, reminders.sendDueReminders(DUE.plusDays(1)));
        assertTrue(mail.take().isEmpty());
    }

    @Test
    void aClosedCycleSendsNothingAndNoDayAheadOfTodayIsRun() throws Exception {
        CycleDetails closed = cycles.close(cycle.id(), cycle.version());
        assertEquals(0, reminders.sendDueReminders(DUE.plusDays(1)));
        assertTrue(mail.take().isEmpty());
        assertEquals("reminder.futureDay", assertThrows(DomainRuleViolation.class,
                () -> reminders.sendDueReminders(LocalDate.now(DueDates.ALLIANCE_ZONE).plusDays(2))).messageKey());
        assertTrue(!closed.isOpen());
    }

    @Test
    void theSecretariatRemindsACompanyNowAndIsToldWhenItHasSubmitted() throws Exception {
        request.logout();
        signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
        assertEquals(2, reminders.remindNow(cycle.id(), alliance.companyA()));
        assertMailsToUsersOfA("overdue since 2025-06-30", "overdue");
        assertEquals("reminder.notOutstanding", assertThrows(DomainRuleViolation.class,
                () -> reminders.remindNow(cycle.id(), alliance.companyB())).messageKey());
        assertEquals(1, reminders.remindAllOverdue(cycle.id()), "company A only");
        assertMailsToUsersOfA("overdue since 2025-06-30", "overdue");
        assertTrue(sentReminders().isEmpty(), "manual reminders do not use up scheduled ones");
        assertEquals(List.of(TwoCompanies.REVIEWER, TwoCompanies.REVIEWER), entityManager.createQuery(
                "SELECT e.actor FROM AuditEntry e WHERE e.action = tw.netzero.portal.domain.model.audit.AuditAction.REMINDER_SENT_MANUALLY",
                String.class).getResultList());
    }

    @Test
    void theDailyTimerIsPersistentAndRunsAtSevenInKaohsiung() {
        assertTrue(timers.describe().contains("reporting-cycle reminders|true|true|7|0|Asia/Taipei"),
                () -> "timers: " + timers.describe());
    }

    private List<String> sentReminders() {
        return entityManager.createQuery("SELECT r.reminder FROM ReminderSent r ORDER BY r.sentAt", String.class)
                .getResultList();
    }
}
