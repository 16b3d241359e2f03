package tw.netzero.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.netzero.portal.domain.model.account.LoginThrottle;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.infrastructure.security.Pbkdf2PasswordHashing;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TestData;

/** Passwords, login checks and throttling inside Payara, on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class LoginServiceIT {

    private static final String EMAIL = "reviewer@login-test.example";
    private static final String PASSWORD = "Correct-Horse-2050";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("login-service-it");
    }

    @Inject
    private LoginService logins;

    @Inject
    private PasswordHashing hashing;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

    @BeforeEach
    void oneReviewerWithAPassword() throws Exception {
        transaction.begin();
        TestData.clear(entityManager);
        UserAccount reviewer = UserAccount.secretariat(EMAIL, "Test Reviewer", Role.REVIEWER, Instant.now());
        reviewer.changePassword(hashing.hash(PASSWORD.toCharArray()));
        entityManager.persist(reviewer);
        transaction.commit();
    }

    @Test
    void storesPbkdf2HmacSha256With210000IterationsAndARandomSalt() {
        String stored = account().passwordHash();
        String[] parts = stored.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(String.valueOf(Pbkdf2PasswordHashing.ITERATIONS), parts[1]);
        assertTrue(Pbkdf2PasswordHashing.ITERATIONS >= 210_000);
        assertEquals(4, parts.length, stored);
        assertFalse(stored.contains(PASSWORD));
        assertFalse(hashing.hash(PASSWORD.toCharArray()).equals(stored), "a new salt each time");
    }

    @Test
    void theRightPasswordSignsInWithTheRoleGroups() {
        LoginService.LoginOutcome outcome = logins.attempt(" Reviewer@Login-Test.example ", PASSWORD.toCharArray());
        assertTrue(outcome.succeeded());
        assertEquals(Set.of("reviewer"), outcome.groups());
        assertEquals(1, auditCount(AuditAction.LOGIN_SUCCEEDED));
    }

    @Test
    void aWrongPasswordOrAnUnknownAccountIsRefusedAndAudited() {
        assertFalse(logins.attempt(EMAIL, "Wrong-Password-2050".toCharArray()).succeeded());
        assertFalse(logins.attempt("nobody@login-test.example", PASSWORD.toCharArray()).succeeded());
        assertEquals(1, account().failedLogins());
        assertEquals(1, auditCount(AuditAction.LOGIN_FAILED, EMAIL));
        assertEquals(1, auditCount(AuditAction.LOGIN_FAILED, "nobody@login-test.example"));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        transaction.begin();
        entityManager.createQuery("UPDATE UserAccount a SET a.enabled = false WHERE a.email = :email")
                .setParameter("email", EMAIL).executeUpdate();
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();

        assertFalse(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded());
    }

    @Test
    void throttlingLocksTheAccountAfterRepeatedFailuresAndLiftsWhenTheLockExpires() throws Exception {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            assertFalse(logins.attempt(EMAIL, ("Wrong-" + i + "-password").toCharArray()).succeeded());
        }
        UserAccount locked = account();
        assertNotNull(locked.lockedUntil(), "locked after " + locked.failedLogins() + " failures");
        assertFalse(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded(), "even the right password waits");
        assertEquals(1, auditCount(AuditAction.LOGIN_THROTTLED));

        // The lock runs out (moved into the past rather than waiting for it).
        transaction.begin();
        entityManager.createQuery("UPDATE UserAccount a SET a.lockedUntil = :past WHERE a.email = :email")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("email", EMAIL).executeUpdate();
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();

        assertTrue(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded());
        assertEquals(0, account().failedLogins());
    }

    private UserAccount account() {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        return entityManager.createQuery("SELECT a FROM UserAccount a WHERE a.email = :email", UserAccount.class)
                .setParameter("email", EMAIL).getSingleResult();
    }

    private long auditCount(AuditAction action) {
        return auditCount(action, EMAIL);
    }

    private long auditCount(AuditAction action, String actor) {
        return entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.actor = :actor",
                Long.class).setParameter("action", action).setParameter("actor", actor).getSingleResult();
    }
}
