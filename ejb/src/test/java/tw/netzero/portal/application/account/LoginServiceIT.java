package tw.netzero.portal.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.account.LoginThrottle;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.RecoveryCodes;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.TotpCodes;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.infrastructure.security.Pbkdf2PasswordHashing;
import tw.netzero.portal.testing.AllianceExamples;
import tw.netzero.portal.testing.CapturedMail;
import tw.netzero.portal.testing.CountingPasswordHashing;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.InContainerTest;
import tw.netzero.portal.testing.SignedIn;
import tw.netzero.portal.testing.TestData;

/**
 * Passwords, login checks, the same work on every path, the progressive delay and the owner's
 * e-mail; the second factor (enrolment, codes once, recovery codes once, wrong codes delayed like
 * wrong passwords), inside Payara on MariaDB.
 */
class LoginServiceIT extends InContainerTest {

    /** A member without a second factor: the password alone signs in. */
    private static final String EMAIL = "member@login-test.example";
    /** A reviewer with an authenticator app ({@link #SECRET}) and {@link #RECOVERY_CODES}. */
    private static final String ENROLLED = "enrolled@login-test.example";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final List<String> RECOVERY_CODES = RecoveryCodes.newCodes();
    private static final String DISABLED = "disabled@login-test.example";
    private static final String INVITED = "invited@login-test.example";
    private static final String PASSWORD = "Correct-Horse-2050";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withCapturedMail(Deployments.ejbModule("login-service-it")
                .addClasses(CountingPasswordHashing.class, AllianceExamples.class, SignedIn.class));
    }

    @Inject
    private LoginService logins;

    @Inject
    private SecondFactorService secondFactors;

    @Inject
    private SignedIn signedIn;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private CountingPasswordHashing counting;

    private CapturedMail mail;

    /**
     * A member with a password, a reviewer with a password and an authenticator app, a disabled
     * reviewer with the same password, an invited reviewer without one (all reviewers must enrol).
     */
    @BeforeEach
    void accounts() throws Exception {
        transaction.begin();
        TestData.clear(entityManager);
        MemberCompany company = AllianceExamples.company("04595257", "Login Test Steel", IndustryGroup.STEEL);
        entityManager.persist(company);
        entityManager.flush();
        UserAccount member = UserAccount.ofCompany(company.id(), EMAIL, "Test Member", Role.MEMBER, Instant.now());
        member.changePassword(hashing.hash(PASSWORD.toCharArray()), Instant.now());
        entityManager.persist(member);
        UserAccount enrolled = UserAccount.secretariat(ENROLLED, "Enrolled Reviewer", Role.REVIEWER, Instant.now());
        enrolled.changePassword(hashing.hash(PASSWORD.toCharArray()), Instant.now());
        enrolled.enrol(SECRET, RECOVERY_CODES, Instant.now());
        entityManager.persist(enrolled);
        UserAccount disabled = UserAccount.secretariat(DISABLED, "Disabled Reviewer", Role.REVIEWER, Instant.now());
        disabled.changePassword(hashing.hash(PASSWORD.toCharArray()), Instant.now());
        disabled.disable(Instant.now());
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
        LoginService.LoginOutcome outcome = logins.attempt(" Member@Login-Test.example ", PASSWORD.toCharArray());
        assertTrue(outcome.succeeded());
        assertEquals(Set.of("member"), outcome.groups());
        assertEquals(LoginService.SecondFactorDue.NONE, logins.secondFactorDue(EMAIL));
        assertEquals(1, auditCount(AuditAction.LOGIN_SUCCEEDED));
    }

    @Test
    void aReviewerWithoutAnAppMustConfirmANewSecretWithACodeAndGetsTenRecoveryCodes() {
        assertFalse(logins.attempt(INVITED, PASSWORD.toCharArray()).succeeded(), "no password yet");
        setPasswordOf(INVITED);
        assertTrue(logins.attempt(INVITED, PASSWORD.toCharArray()).succeeded());
        assertEquals(LoginService.SecondFactorDue.ENROLMENT, logins.secondFactorDue(INVITED));
        String secret = logins.enrolmentSecretAtSignIn(INVITED);
        assertEquals(secret, logins.enrolmentSecretAtSignIn(INVITED), "the same secret until confirmed");
        assertTrue(secret.matches("[A-Z2-7]{32}"));

        assertFalse(logins.attemptSecondFactor(INVITED, wrongCode(secret)).succeeded());
        assertEquals(1, auditCount(AuditAction.SECOND_FACTOR_FAILED, INVITED));
        LoginService.SecondFactorOutcome confirmed = logins.attemptSecondFactor(INVITED, codeNow(secret));
        assertTrue(confirmed.succeeded());
        assertEquals(Set.of("reviewer"), confirmed.groups());
        assertEquals(RecoveryCodes.COUNT, confirmed.newRecoveryCodes().size());
        assertEquals(1, auditCount(AuditAction.SECOND_FACTOR_ENROLLED, INVITED));
        assertEquals(LoginService.SecondFactorDue.CODE, logins.secondFactorDue(INVITED));
        assertEquals(0, account(INVITED).failedLogins(), "cleared once the second factor is passed");
        assertFalse(logins.attemptSecondFactor(INVITED, codeNow(secret)).succeeded(), "the confirming code is used");
    }

    @Test
    void aCodeSignsInOnceAndItsReplayIsRefusedAndAudited() {
        assertTrue(logins.attempt(ENROLLED, PASSWORD.toCharArray()).succeeded());
        assertEquals(LoginService.SecondFactorDue.CODE, logins.secondFactorDue(ENROLLED));
        String code = codeNow(SECRET);
        LoginService.SecondFactorOutcome outcome = logins.attemptSecondFactor(ENROLLED, code);
        assertTrue(outcome.succeeded());
        assertEquals(Set.of("reviewer"), outcome.groups());
        assertEquals(List.of(), outcome.newRecoveryCodes());
        assertFalse(logins.attemptSecondFactor(ENROLLED, code).succeeded());
        assertEquals(1, entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action "
                        + "AND e.actor = :actor AND e.details LIKE 'a code already used%'", Long.class)
                .setParameter("action", AuditAction.SECOND_FACTOR_FAILED).setParameter("actor", ENROLLED).getSingleResult());
    }

    @Test
    void aRecoveryCodeSignsInOnceAndIsStoredOnlyAsAHash() {
        @SuppressWarnings("unchecked")
        List<String> stored = entityManager.createNativeQuery("SELECT code_hash FROM recovery_code").getResultList();
        assertEquals(RecoveryCodes.COUNT, stored.size());
        assertTrue(stored.contains(RecoveryCodes.hashOf(RECOVERY_CODES.get(0))));
        assertTrue(stored.stream().noneMatch(RECOVERY_CODES::contains), "hashes only");
        assertTrue(logins.attemptSecondFactor(ENROLLED, RECOVERY_CODES.get(0).toLowerCase()).succeeded());
        assertEquals(1, auditCount(AuditAction.RECOVERY_CODE_USED, ENROLLED));
        assertFalse(logins.attemptSecondFactor(ENROLLED, RECOVERY_CODES.get(0)).succeeded(), "used up");
        assertEquals(RecoveryCodes.COUNT - 1, account(ENROLLED).recoveryCodesLeft());
    }

    @Test
    void aMemberSetsUpAnAppFromTheAccountPageMakesNewRecoveryCodesAndRemovesItWithThePassword() throws Exception {
        signedIn.as(EMAIL, PASSWORD);
        assertFalse(secondFactors.status().enrolled());
        assertFalse(secondFactors.status().required());
        String secret = secondFactors.startEnrolment();
        assertEquals(secret, secondFactors.status().pendingSecret());
        assertEquals(List.of(), secondFactors.confirmEnrolment(wrongCode(secret)));
        assertEquals(1, account().failedLogins(), "a wrong code counts");
        List<String> first = secondFactors.confirmEnrolment(codeNow(secret));
        assertEquals(RecoveryCodes.COUNT, first.size());
        assertEquals(LoginService.SecondFactorDue.CODE, logins.secondFactorDue(EMAIL), "now asked at sign-in");
        assertEquals(null, secondFactors.status().pendingSecret(), "the secret is not shown again");

        assertEquals(List.of(), secondFactors.regenerateRecoveryCodes(wrongCode(secret)));
        List<String> fresh = secondFactors.regenerateRecoveryCodes(first.get(0));
        assertEquals(RecoveryCodes.COUNT, fresh.size());
        assertEquals(1, auditCount(AuditAction.RECOVERY_CODES_REGENERATED));
        assertFalse(logins.attemptSecondFactor(EMAIL, first.get(1)).succeeded(), "the old codes are gone");

        assertFalse(secondFactors.disable("Wrong-Password-2050"));
        assertTrue(secondFactors.status().enrolled());
        assertTrue(secondFactors.disable(PASSWORD));
        assertEquals(LoginService.SecondFactorDue.NONE, logins.secondFactorDue(EMAIL));
        assertEquals(1, auditCount(AuditAction.SECOND_FACTOR_ENROLLED));
        assertEquals(1, auditCount(AuditAction.SECOND_FACTOR_DISABLED));
    }

    @Test
    void aReviewerCannotRemoveTheSecondFactor() {
        signedIn.as(ENROLLED, PASSWORD);
        assertEquals("account.secondFactor.required",
                assertThrows(DomainRuleViolation.class, () -> secondFactors.disable(PASSWORD)).messageKey());
        assertTrue(secondFactors.status().required());
    }

    @Test
    void wrongCodesAreDelayedAndCountedLikeWrongPasswordsAndThePasswordAloneDoesNotClearThem() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertFalse(logins.attemptSecondFactor(ENROLLED, wrongCode(SECRET)).succeeded());
        }
        assertTrue(logins.attempt(ENROLLED, PASSWORD.toCharArray()).succeeded());
        assertEquals(LoginThrottle.FREE_FAILURES, account(ENROLLED).failedLogins(), "the password alone clears nothing");
        assertFalse(logins.attemptSecondFactor(ENROLLED, wrongCode(SECRET)).succeeded());
        assertFalse(logins.attemptSecondFactor(ENROLLED, codeNow(SECRET)).succeeded(), "even the right code waits");
        assertEquals(1, auditCount(AuditAction.LOGIN_THROTTLED, ENROLLED));
        assertEquals(LoginThrottle.FREE_FAILURES + 1, account(ENROLLED).failedLogins(), "not counted during the delay");
        delayPasses(ENROLLED);
        assertTrue(logins.attemptSecondFactor(ENROLLED, codeNow(SECRET)).succeeded());
        assertEquals(0, account(ENROLLED).failedLogins());
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
        delayPasses(EMAIL);
    }

    private void delayPasses(String email) throws Exception {
        transaction.begin();
        entityManager.createQuery("UPDATE UserAccount a SET a.lastFailedLogin = :past WHERE a.email = :email "
                        + "AND a.lastFailedLogin IS NOT NULL")
                .setParameter("past", Instant.now().minus(LoginThrottle.LONGEST_DELAY))
                .setParameter("email", email).executeUpdate();
        transaction.commit();
        entityManager.getEntityManagerFactory().getCache().evictAll();
    }

    private UserAccount account() {
        return account(EMAIL);
    }

    private UserAccount account(String email) {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        return entityManager.createQuery("SELECT a FROM UserAccount a WHERE a.email = :email", UserAccount.class)
                .setParameter("email", email).getSingleResult();
    }

    private void setPasswordOf(String email) {
        try {
            transaction.begin();
            entityManager.createQuery("SELECT a FROM UserAccount a WHERE a.email = :email", UserAccount.class)
                    .setParameter("email", email).getSingleResult().changePassword(hashing.hash(PASSWORD.toCharArray()), Instant.now());
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String codeNow(String secret) {
        return TotpCodes.codeFor(secret, TotpCodes.stepAt(Instant.now()));
    }

    /** A code no step near now has (so it is wrong, not a replay). */
    private static String wrongCode(String secret) {
        long step = TotpCodes.stepAt(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!List.of(TotpCodes.codeFor(secret, step - 1), TotpCodes.codeFor(secret, step),
                    TotpCodes.codeFor(secret, step + 1), TotpCodes.codeFor(secret, step + 2)).contains(code)) {
                return code;
            }
        }
    }

    private long auditCount(AuditAction action) {
        return auditCount(action, EMAIL);
    }

    private long auditCount(AuditAction action, String actor) {
        return entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.actor = :actor",
                Long.class).setParameter("action", action).setParameter("actor", actor).getSingleResult();
    }
}
