package tw.netzero.portal.application.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionAttribute;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.mail.MailOutbox;
import tw.netzero.portal.application.mail.MailText;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.LoginThrottle;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.TotpCodes;
import tw.netzero.portal.domain.model.account.UserAccount.SecondFactorCheck;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;

/**
 * Checks a login, delays repeated failures per account ({@link LoginThrottle}) and records every
 * attempt. Callers only learn "succeeded" or not: the page shows one generic message either way.
 *
 * <p>Every refusal costs one PBKDF2 verification, like a wrong password: an unknown address, an
 * account without a password and a delayed account are checked against a decoy hash (a delayed
 * account's real hash is not looked at, so a guess during the delay learns nothing), a disabled
 * account against its own. Answer times then tell an attacker nothing about the account (the
 * locked path used to answer in 19 ms, an unknown address in 240 ms).
 *
 * <p>A second factor (issue 14, item 5): when an account has one, or must have one (reviewers and
 * secretariat administrators), the right password does not sign in by itself and does not clear
 * the failures counted so far; {@link #attemptSecondFactor} then checks the code (or a recovery
 * code, or the first code of a new enrolment). Wrong codes count in the same {@link LoginThrottle}
 * as wrong passwords: knowing the password does not buy more guesses at the code.
 */
@Stateless
@PermitAll
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
    private static final String LOGIN_PATH = "/public/login.xhtml";

    /** A well-formed hash of a random password, checked when the e-mail is unknown so the
     *  response takes as long as for a known account (no account enumeration by timing). */
    private static final char[] DECOY_PASSWORD = "decoy-password-never-valid".toCharArray();

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    @Inject
    private MailOutbox mail;

    @Inject
    private PortalSettings settings;

    @EJB
    private AuditLog audit;

    /** Kept per JVM: the hash of a constant, never of data, so every instance may compute its own and nothing can go stale. */
    private static volatile String decoyHash;

    public record LoginOutcome(boolean succeeded, String email, Set<String> groups) {
        static LoginOutcome refused(String email) {
            return new LoginOutcome(false, email, Set.of());
        }
    }

    /** What a caller who gave the right password has to do before being signed in. */
    public enum SecondFactorDue { NONE, CODE, ENROLMENT }

    /** The result of a second-factor step: groups when signed in, and the recovery codes a new enrolment made (shown once). */
    public record SecondFactorOutcome(boolean succeeded, Set<String> groups, List<String> newRecoveryCodes) {
        static SecondFactorOutcome refused() {
            return new SecondFactorOutcome(false, Set.of(), List.of());
        }
    }

    public LoginOutcome attempt(String email, char[] password) {
        Instant now = clock.instant();
        String normalised = UserAccount.normalise(email);
        Optional<UserAccount> found = normalised == null ? Optional.empty() : accounts.findByEmailForSignIn(normalised);
        if (found.isEmpty()) {
            hashing.verify(password, decoyHash());
            audit.recordAs(actor(normalised), AuditAction.LOGIN_FAILED, "account", null, "unknown e-mail");
            return LoginOutcome.refused(normalised);
        }
        UserAccount account = found.get();
        if (account.isDelayed(now)) {
            hashing.verify(password, decoyHash());
            audit.recordAs(account.email(), AuditAction.LOGIN_THROTTLED, "account", account.id(),
                    "delayed after " + account.failedLogins() + " failures in a row, the last at " + account.lastFailedLogin());
            return LoginOutcome.refused(account.email());
        }
        boolean passwordMatches = hashing.verify(password, account.passwordHash() == null ? decoyHash() : account.passwordHash());
        if (!passwordMatches || account.passwordHash() == null || !account.enabled()) {
            boolean noticeDue = !passwordMatches && account.recordFailedLogin(now) && account.enabled();
            audit.recordAs(account.email(), AuditAction.LOGIN_FAILED, "account", account.id(),
                    (!account.enabled() ? "account disabled" : account.passwordHash() == null ? "no password set"
                            : "wrong password (" + account.failedLogins() + " in a row)")
                            + (noticeDue ? "; owner e-mailed" : ""));
            if (noticeDue) {
                tellTheOwner(account);
            }
            return LoginOutcome.refused(account.email());
        }
        if (account.isSecondFactorDue()) {
            // Failures are cleared only once the second factor is passed too.
            audit.recordAs(account.email(), AuditAction.LOGIN_SUCCEEDED, "account", account.id(),
                    "password accepted; second factor due");
        } else {
            account.recordSuccessfulLogin();
            audit.recordAs(account.email(), AuditAction.LOGIN_SUCCEEDED, "account", account.id(), null);
        }
        return new LoginOutcome(true, account.email(), account.role().groups());
    }

    /** After the right password: whether a code is due, enrolment first, or nothing. */
    public SecondFactorDue secondFactorDue(String email) {
        return accounts.findByEmail(UserAccount.normalise(email))
                .map(account -> account.hasSecondFactor() ? SecondFactorDue.CODE
                        : account.isSecondFactorRequired() ? SecondFactorDue.ENROLMENT : SecondFactorDue.NONE)
                .orElse(SecondFactorDue.NONE);
    }

    /**
     * The secret of the enrolment a reviewer or administrator must make at sign-in (after the right
     * password): the one started earlier if it was not confirmed, otherwise a new one.
     */
    public String enrolmentSecretAtSignIn(String email) {
        UserAccount account = accounts.findByEmail(UserAccount.normalise(email)).orElseThrow();
        if (account.pendingEnrolmentSecret() == null) {
            account.startEnrolment(TotpCodes.newSecret());
        }
        return account.pendingEnrolmentSecret();
    }

    /**
     * The second step of a sign-in whose password was right: a code from the app, a recovery code,
     * or the code confirming a new enrolment. Delayed like a password after repeated failures, and a
     * wrong one counts as a failure.
     */
    public SecondFactorOutcome attemptSecondFactor(String email, String typed) {
        Instant now = clock.instant();
        UserAccount account = accounts.findByEmailForSignIn(UserAccount.normalise(email)).orElse(null);
        if (account == null || !account.enabled()) {
            return SecondFactorOutcome.refused();
        }
        if (account.isDelayed(now)) {
            audit.recordAs(account.email(), AuditAction.LOGIN_THROTTLED, "account", account.id(),
                    "second factor delayed after " + account.failedLogins() + " failures in a row");
            return SecondFactorOutcome.refused();
        }
        List<String> newRecoveryCodes = List.of();
        SecondFactorCheck check;
        if (account.hasSecondFactor()) {
            check = account.checkSecondFactor(typed, now);
        } else {
            newRecoveryCodes = account.confirmEnrolment(typed, now);
            check = newRecoveryCodes.isEmpty() ? SecondFactorCheck.REFUSED : SecondFactorCheck.CODE;
        }
        if (check == SecondFactorCheck.REFUSED || check == SecondFactorCheck.REPLAYED) {
            boolean noticeDue = account.recordFailedLogin(now);
            audit.recordAs(account.email(), AuditAction.SECOND_FACTOR_FAILED, "account", account.id(),
                    (check == SecondFactorCheck.REPLAYED ? "a code already used" : "wrong code")
                            + " (" + account.failedLogins() + " in a row)" + (noticeDue ? "; owner e-mailed" : ""));
            if (noticeDue) {
                tellTheOwner(account);
            }
            return SecondFactorOutcome.refused();
        }
        account.recordSuccessfulLogin();
        if (!newRecoveryCodes.isEmpty()) {
            audit.recordAs(account.email(), AuditAction.SECOND_FACTOR_ENROLLED, "account", account.id(), "at sign-in");
        } else if (check == SecondFactorCheck.RECOVERY_CODE) {
            audit.recordAs(account.email(), AuditAction.RECOVERY_CODE_USED, "account", account.id(),
                    account.recoveryCodesLeft() + " left");
        }
        audit.recordAs(account.email(), AuditAction.LOGIN_SUCCEEDED, "account", account.id(), "second factor accepted");
        return new SecondFactorOutcome(true, account.role().groups(), newRecoveryCodes);
    }

    /** Records that the signed-in caller signs out (the web layer then ends the session). */
    public void recordLogout() {
        audit.record(AuditAction.LOGOUT, "account", null, null);
    }

    /**
     * Whether a session signed in at the given moment may stay signed in: its account still exists, is
     * enabled, and has not had a new password since (decision 0036). Read from the database at every
     * signed-in request, so a password set through one instance ends the sessions every instance holds.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean keepsSignedIn(String email, Instant signedInAt) {
        return accounts.findByEmail(email).filter(account -> account.keepsSessionSignedInAt(signedInAt)).isPresent();
    }

    public Set<String> groupsOf(String email) {
        return accounts.findByEmail(email).filter(UserAccount::enabled)
                .map(account -> account.role().groups()).orElse(Set.of());
    }

    /**
     * Tells the account's owner about repeated failures. A mail that cannot be sent is logged and
     * does not undo the failure's count (that would switch the delay off while the mail server is down).
     */
    private void tellTheOwner(UserAccount account) {
        try {
            mail.send(account.email(), MailText.of("failures.subject"), MailText.of("failures.body",
                    account.displayName(), account.failedLogins(), settings.link(LOGIN_PATH)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell " + account.email() + " about repeated failed sign-ins", e);
        }
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hashing.hash(DECOY_PASSWORD);
        }
        return decoyHash;
    }

    private static String actor(String email) {
        return email == null || email.isBlank() ? AuditLog.ANONYMOUS : email;
    }
}
