package tw.netzero.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.netzero.portal.domain.model.account.LoginThrottle;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.infrastructure.security.Pbkdf2PasswordHashing;
import tw.netzero.portal.testing.CapturedMail;
import tw.netzero.portal.testing.CountingPasswordHashing;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TestData;

/** Passwords, login checks, the same work on every path, the progressive delay and the owner's e-mail, inside Payara on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class LoginServiceIT {

    private static final String EMAIL = "reviewer@login-test.example";
    private static final String DISABLED = "disabled@login-test.example";
    private static final String INVITED = "invited@login-test.example";
    private static final String PASSWORD = "Correct-Horse-2050";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("login-service-it")
                .addClasses(CountingPasswordHashing.class, CapturedMail.class, CapturedMail.Mail.class)
                .addAsLibraries(Deployments.testLibrary("com.icegreen:greenmail"));
    }

    @Inject
    private LoginService logins;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private CountingPasswordHashing counting;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    private CapturedMail mail;

    /** A reviewer with a password, a disabled one with the same password, an invitee without one. */
    @BeforeEach
    void accounts() throws Exception {
        transaction.begin();
        TestData.clear(entityManager);
        UserAccount reviewer = UserAccount.secretariat(EMAIL, "Test Reviewer", Role.REVIEWER, Instant.now());
        reviewer.changePassword(hashing.hash(PASSWORD.toCharArray()));
        entityManager.persist(reviewer);
        UserAccount disabled = UserAccount.secretariat(DISABLED, "Disabled Reviewer", Role.REVIEWER, Instant.now());
        disabled.changePassword(hashing.hash(PASSWORD.toCharArray()));
        disabled.disable();
        entityManager.persist(disabled);
        entityManager.persist(UserAccount.secretariat(INVITED, "Invited Reviewer", Role.REVIEWER, Instant.now()));
        transaction.commit();
        mail = CapturedMail.start();
    }

    @AfterEach
    void stopMail() {
        mail.close();
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
    void aDisabledAccountCannotSignIn() {
        assertFalse(logins.attempt(DISABLED, PASSWORD.toCharArray()).succeeded());
    }

    @Test
    void everyRefusalCostsOnePasswordVerificationAndLooksTheSame() throws Exception {
        failUntilDelayed();
        assertTrue(account().failedLogins() > LoginThrottle.FREE_FAILURES);
        counting.takeVerifications();

        List<LoginService.LoginOutcome> refusals = List.of(
                logins.attempt("nobody@login-test.example", PASSWORD.toCharArray()),
                logins.attempt(null, PASSWORD.toCharArray()),
                logins.attempt(DISABLED, PASSWORD.toCharArray()),
                logins.attempt(DISABLED, "Wrong-Password-2050".toCharArray()),
                logins.attempt(INVITED, PASSWORD.toCharArray()),
                logins.attempt(EMAIL, PASSWORD.toCharArray()), // delayed: the right password waits
                logins.attempt(EMAIL, "Wrong-Password-2050".toCharArray()));
        assertEquals(refusals.size(), counting.takeVerifications(), "one PBKDF2 verification per attempt, on every path");
        for (LoginService.LoginOutcome refusal : refusals) {
            assertFalse(refusal.succeeded());
            assertEquals(Set.of(), refusal.groups());
        }

        assertFalse(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded());
        delayPasses();
        counting.takeVerifications();
        assertTrue(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded());
        assertEquals(1, counting.takeVerifications());
    }

    @Test
    void repeatedFailuresDelayTheNextAttemptWhichNeitherCountsNorExtendsItAndTheRightPasswordWorksAfterIt()
            throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertFalse(logins.attempt(EMAIL, ("Wrong-" + i + "-password").toCharArray()).succeeded());
        }
        assertTrue(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded(), "typing mistakes are not delayed");

        failUntilDelayed();
        UserAccount delayed = account();
        int failures = delayed.failedLogins();
        Instant lastFailure = delayed.lastFailedLogin();
        assertEquals(LoginThrottle.FREE_FAILURES + 1, failures);

        assertFalse(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded(), "even the right password waits");
        assertFalse(logins.attempt(EMAIL, "Wrong-again-password".toCharArray()).succeeded());
        assertEquals(failures, account().failedLogins(), "attempts during the delay are not counted");
        assertEquals(lastFailure, account().lastFailedLogin(), "nor do they extend the delay");
        assertEquals(2, auditCount(AuditAction.LOGIN_THROTTLED));

        delayPasses();
        assertTrue(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded());
        assertEquals(0, account().failedLogins());
    }

    @Test
    void theOwnerIsMailedOnceWhenFailuresReachTheThreshold() throws Exception {
        for (int i = 1; i < LoginThrottle.NOTICE_AFTER; i++) {
            failOnceAfterTheDelay();
        }
        assertTrue(mail.take().isEmpty(), "not before the threshold");

        failOnceAfterTheDelay();
        List<CapturedMail.Mail> mails = mail.take();
        assertEquals(1, mails.size());
        assertEquals(EMAIL, mails.get(0).to());
        assertTrue(mails.get(0).body().contains(String.valueOf(LoginThrottle.NOTICE_AFTER)), mails.get(0).body());
        assertTrue(mails.get(0).body().contains("/public/login.xhtml"), mails.get(0).body());

        failOnceAfterTheDelay();
        failOnceAfterTheDelay();
        assertTrue(mail.take().isEmpty(), "at most once a day");
        assertFalse(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded(), "still delayed");
        delayPasses();
        assertTrue(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded(), "the owner still signs in");
    }

    @Test
    void parallelGuessesOnOneAccountAreCheckedOneAfterTheOtherAndEachCounts() throws Exception {
        int guesses = LoginThrottle.FREE_FAILURES + 1;
        List<Future<LoginService.LoginOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            char[] guess = ("Parallel-guess-" + i).toCharArray();
            outcomes.add(executor.submit(() -> logins.attempt(EMAIL, guess)));
        }
        for (Future<LoginService.LoginOutcome> outcome : outcomes) {
            assertFalse(outcome.get().succeeded(), "refused, not a version conflict");
        }
        assertEquals(guesses, account().failedLogins(), "every guess counted");
        assertFalse(logins.attempt(EMAIL, PASSWORD.toCharArray()).succeeded(), "so the next one waits");
    }

    private void failUntilDelayed() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            assertFalse(logins.attempt(EMAIL, ("Wrong-" + i + "-password").toCharArray()).succeeded());
        }
    }

    private void failOnceAfterTheDelay() throws Exception {
        delayPasses();
        int before = account().failedLogins();
        assertFalse(logins.attempt(EMAIL, "Wrong-Password-2050".toCharArray()).succeeded());
        assertEquals(before + 1, account().failedLogins());
    }

    /** The longest delay runs out (the last failure moved into the past rather than waiting), still within the window. */
    private void delayPasses() throws Exception {
        transaction.begin();
        entityManager.createQuery("UPDATE UserAccount a SET a.lastFailedLogin = :past WHERE a.email = :email "
                        + "AND a.lastFailedLogin IS NOT NULL")
                .setParameter("past", Instant.now().minus(LoginThrottle.LONGEST_DELAY))
                .setParameter("email", EMAIL).executeUpdate();
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();
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
