package tw.netzero.portal.application.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.cycle.ReminderService;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.ReminderSchedule;
import tw.netzero.portal.domain.model.registry.RegistrationDuty;
import tw.netzero.portal.domain.model.registry.RegistryCommand;
import tw.netzero.portal.domain.model.registry.RegistryDeadline;
import tw.netzero.portal.domain.model.registry.RegistryReminderSchedule;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.testing.AllianceExamples;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesWithMailTest;

/**
 * MOENV reminders inside Payara on MariaDB with a real SMTP server (decision 0048): the morning run for
 * chosen days of 2025 reminds company A, whose accepted 2023 filing reached 50,999 t of scope 1 +
 * location-based scope 2, to register its 2024 inventory by 30 April 2025 and, once registered, to have it
 * verified by 31 October 2025, each notice once; company B (20,999 t) gets none. Several runs at the same
 * moment (several instances' timers) send a reminder once.
 */
class RegistryReminderIT extends TwoCompaniesWithMailTest {

    private static final LocalDate REGISTER_BY = LocalDate.of(2025, 4, 30);
    private static final LocalDate VERIFY_BY = LocalDate.of(2025, 10, 31);

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompaniesWithMail("registry-reminder-it").addClasses(AllianceExamples.class);
    }

    @Inject
    private ReminderService reminders;

    @Inject
    private RegistryReminders registryReminders;

    @Inject
    private RegistryReminderDelivery delivery;

    @Inject
    private RegistryService registry;

    @BeforeEach
    void acceptedFilingsOf2023() throws Exception {
        transaction.begin();
        entityManager.persist(AllianceExamples.accepted(alliance.companyA(), 2023,
                AllianceExamples.filing("40000", "1000", null, null, true)));
        entityManager.persist(AllianceExamples.accepted(alliance.companyB(), 2023,
                AllianceExamples.filing("10000", "1000", null, null, true)));
        transaction.commit();
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
    }

    @Test
    void eachMoenvReminderGoesOnceOnItsDayToTheMembersThatMustRegister() throws Exception {
        assertEquals(0, reminders.sendDueReminders(REGISTER_BY.minusDays(15)));
        assertTrue(mail.take().isEmpty(), "nothing 15 days ahead");

        assertEquals(1, reminders.sendDueReminders(REGISTER_BY.minusDays(14)), "company A only");
        assertMailsToUsersOfA("MOENV registration of the 2024 inventory due on 2025-04-30", "(14 day(s) left)",
                "Climate Change Response Act");
        assertEquals(0, reminders.sendDueReminders(REGISTER_BY.minusDays(14)), "the same day again");
        assertEquals(0, reminders.sendDueReminders(REGISTER_BY.minusDays(4)), "the first notice is sent already");
        assertEquals(1, reminders.sendDueReminders(REGISTER_BY.minusDays(3)));
        assertMailsToUsersOfA("向環境部登錄", "(3 day(s) left)",
                "Climate Change Response Act");
        assertEquals(0, reminders.sendDueReminders(REGISTER_BY));
        assertEquals(0, reminders.sendDueReminders(REGISTER_BY.plusDays(1)), "none once the deadline has passed");
        assertTrue(mail.take().isEmpty());

        // A registers its 2024 inventory on 28 April; verification is still in progress in October.
        signInAs(TwoCompanies.MEMBER_A);
        registry.record(new RegistryCommand(2024, false, new BigDecimal("40000"), new BigDecimal("10999"),
                LocalDate.of(2025, 4, 28), VerificationStatus.IN_PROGRESS, null, true, false, null, null));
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        assertEquals(1, reminders.sendDueReminders(VERIFY_BY.minusDays(14)));
        assertMailsToUsersOfA("Verification of the 2024 inventory due on 2025-10-31", "/member/registry.xhtml",
                "Climate Change Response Act");
        assertEquals(0, reminders.sendDueReminders(VERIFY_BY.minusDays(14)));
        assertTrue(mail.take().isEmpty());

        assertEquals(List.of("REGISTRATION BEFORE_14_DAYS", "REGISTRATION BEFORE_3_DAYS",
                "VERIFICATION BEFORE_14_DAYS"), sentReminders());
        assertEquals(List.of(TwoCompanies.SECRETARIAT_ADMIN, TwoCompanies.SECRETARIAT_ADMIN,
                TwoCompanies.SECRETARIAT_ADMIN), entityManager.createQuery("SELECT e.actor FROM AuditEntry e WHERE"
                + " e.action = tw.netzero.portal.domain.model.audit.AuditAction.REGISTRY_REMINDER_SENT ORDER BY e.id",
                String.class).getResultList(), "each reminder audited");
    }

    @Test
    void severalRunsAtTheSameMomentSendAReminderOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> runs = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            runs.add(executor.submit(() -> {
                start.await();
                return delivery.sendScheduled(alliance.companyA(), REGISTER_BY.minusDays(3));
            }));
        }
        start.countDown();
        int sent = 0;
        for (Future<Boolean> run : runs) {
            sent += run.get() ? 1 : 0;
        }
        assertEquals(1, sent, "one run sends, the others find it sent or lose on the unique key");
        assertMailsToUsersOfA("MOENV registration of the 2024 inventory", "(3 day(s) left)",
                "Climate Change Response Act");
        assertEquals(List.of("REGISTRATION BEFORE_3_DAYS"), sentReminders());
        assertEquals(0, registryReminders.sendDue(REGISTER_BY.minusDays(3)), "and a later run finds it sent");
    }

    @Test
    void theSecretariatSeesTheMembersThatHaveNotMetLastYearsDeadlinesOnceTheyAreNear() throws Exception {
        // Today's deadlines are those of last year's inventory; A's 2023 figure is the latest known before it.
        LocalDate today = LocalDate.now(DueDates.ALLIANCE_ZONE);
        List<RegistryDeadline> near = Arrays.stream(RegistryDeadline.values()).filter(deadline -> ReminderSchedule
                .standing(deadline.of(RegistryReminderSchedule.inventoryYearDueIn(today)), today)
                != DeadlineStanding.NOT_YET_DUE).toList();
        signInAs(TwoCompanies.REVIEWER);
        List<RegistryDeadlineReport> reports = registryReminders.outstanding();
        assertEquals(near, reports.stream().map(RegistryDeadlineReport::deadline).toList());
        for (RegistryDeadlineReport report : reports) {
            assertEquals(List.of("04595257"), report.lines().stream().map(line -> line.company().ubn().value())
                    .toList(), () -> report.deadline() + ": company A only, B is below 25,000 t");
            assertEquals(RegistrationDuty.BY_EMISSIONS, report.lines().get(0).duty());
        }
        signInAs(TwoCompanies.MEMBER_A);
        assertThrows(EJBAccessException.class, () -> registryReminders.outstanding(), "the secretariat's only");
    }

    private List<String> sentReminders() {
        return entityManager.createQuery("SELECT CONCAT(r.deadline, ' ', r.notice) FROM RegistryReminderSent r"
                + " ORDER BY r.sentAt, r.id", String.class).getResultList();
    }
}
