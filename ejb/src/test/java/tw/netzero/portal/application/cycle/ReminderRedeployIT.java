package tw.netzero.portal.application.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.netzero.portal.testing.CapturedMail;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.SignedIn;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * Reminders survive a redeployment without duplicates: the application is deployed, sends the
 * day's reminder, is undeployed, deployed again (new classes, new timers, same database) and
 * runs the same day again: no second mail, still one row per company in reminder_sent.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderRedeployIT {

    private static final String FIRST = "first";
    private static final String SECOND = "second";
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);
    private static final LocalDate DAY = DUE.plusDays(1);

    @Deployment(name = FIRST, managed = false)
    static WebArchive first() {
        return application("reminder-redeploy-it-first");
    }

    @Deployment(name = SECOND, managed = false)
    static WebArchive second() {
        return application("reminder-redeploy-it-second");
    }

    private static WebArchive application(String name) {
        return Deployments.withCapturedMail(Deployments.twoCompanies(name));
    }

    @ArquillianResource
    private Deployer deployer;

    @Inject
    private ReminderService reminders;

    @Inject
    private ReportingCycleService cycles;

    @Inject
    private SignedIn signedIn;

    @Inject
    private HttpServletRequest request;

    @Inject
    private TwoCompanies alliance;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Test
    @Order(1)
    @RunAsClient
    void deployTheFirstTime() {
        deployer.deploy(FIRST);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(FIRST)
    void theFirstDeploymentSendsTheDaysReminder() throws Exception {
        alliance.reset();
        signedIn.as(TwoCompanies.SECRETARIAT_ADMIN, TwoCompanies.PASSWORD);
        cycles.open(Year.of(2024), DUE, BigDecimal.ZERO);
        try (CapturedMail mail = CapturedMail.start()) {
            assertEquals(2, reminders.sendDueReminders(DAY), "companies A and B");
            assertEquals(3, mail.take().size(), "to both users of A and the one of B");
        } finally {
            request.logout();
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void redeploy() {
        deployer.undeploy(FIRST);
        deployer.deploy(SECOND);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(SECOND)
    void theRedeployedApplicationDoesNotSendItAgain() throws Exception {
        signedIn.as(TwoCompanies.SECRETARIAT_ADMIN, TwoCompanies.PASSWORD);
        try (CapturedMail mail = CapturedMail.start()) {
            assertEquals(0, reminders.sendDueReminders(DAY));
            assertEquals(List.of(), mail.take());
            assertEquals(List.of("OVERDUE_WEEK_1", "OVERDUE_WEEK_1"), entityManager.createQuery(
                    "SELECT r.reminder FROM ReminderSent r ORDER BY r.companyId", String.class).getResultList(),
                    "one row per company, as the first deployment left them");
        } finally {
            request.logout();
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void undeploy() {
        deployer.undeploy(SECOND);
    }
}
