package tw.netzero.portal.application.account;

import tw.netzero.portal.application.ChecksConcurrentChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.TotpCodes;
import tw.netzero.portal.domain.model.account.UserAccount.SecondFactorCheck;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;

/**
 * The signed-in user's own second factor (issue 14, item 5): a member sets up an authenticator
 * app or removes it again; anyone with one makes new recovery codes. (Reviewers and administrators
 * set theirs up at sign-in: {@link LoginService#attemptSecondFactor}.)
 *
 * <p>Each change is confirmed with a current code (removing it also with the password), checked and
 * counted like one at sign-in: under the account's {@code LoginThrottle} delay, a wrong one counts
 * as a failure. So a session left open does not let someone else read new recovery codes or switch
 * the second factor off by guessing. Wrong codes are answered as results, not exceptions, so that
 * their count is committed.
 */
@Stateless
@ChecksConcurrentChanges
@RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
public class SecondFactorService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    @Inject
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    /** What the account page shows. The secret is there only while an enrolment waits for its first code. */
    public record Status(boolean enrolled, boolean required, int recoveryCodesLeft, String pendingSecret)
            implements Serializable {
    }

    public Status status() {
        UserAccount account = caller();
        return new Status(account.hasSecondFactor(), account.isSecondFactorRequired(), account.recoveryCodesLeft(),
                account.pendingEnrolmentSecret());
    }

    /** Starts (or restarts) setting up an app: a new secret, to show as QR code and text. */
    public String startEnrolment() {
        UserAccount account = caller();
        account.startEnrolment(TotpCodes.newSecret());
        return account.pendingEnrolmentSecret();
    }

    /** Confirms the app with its first code: the recovery codes to show once, or none when the code is wrong. */
    public List<String> confirmEnrolment(String code) {
        UserAccount account = caller();
        Instant now = clock.instant();
        if (account.isDelayed(now)) {
            return List.of();
        }
        List<String> codes = account.confirmEnrolment(code, now);
        if (codes.isEmpty()) {
            failed(account, now, "wrong code confirming the app");
            return codes;
        }
        account.recordSuccessfulLogin();
        audit.record(AuditAction.SECOND_FACTOR_ENROLLED, "account", account.id(), "from the account page");
        return codes;
    }

    /** New recovery codes in place of the old ones, with a current code; none when the code is wrong. */
    public List<String> regenerateRecoveryCodes(String code) {
        UserAccount account = caller();
        if (!confirmedByCode(account, code)) {
            return List.of();
        }
        List<String> codes = account.regenerateRecoveryCodes();
        audit.record(AuditAction.RECOVERY_CODES_REGENERATED, "account", account.id(), null);
        return codes;
    }

    /**
     * Removes a member's second factor, with a current code or the password; false when neither is
     * right. Reviewers and administrators cannot (a {@code DomainRuleViolation}).
     */
    public boolean disable(String codeOrPassword) {
        UserAccount account = caller();
        Instant now = clock.instant();
        boolean passwordRight = codeOrPassword != null && account.passwordHash() != null
                && hashing.verify(codeOrPassword.toCharArray(), account.passwordHash());
        if (!passwordRight && !confirmedByCode(account, codeOrPassword)) {
            return false;
        }
        account.removeSecondFactor();
        audit.record(AuditAction.SECOND_FACTOR_DISABLED, "account", account.id(), passwordRight ? "with the password" : "with a code");
        return true;
    }

    private boolean confirmedByCode(UserAccount account, String code) {
        Instant now = clock.instant();
        if (account.isDelayed(now)) {
            return false;
        }
        SecondFactorCheck check = account.checkSecondFactor(code, now);
        if (check == SecondFactorCheck.CODE || check == SecondFactorCheck.RECOVERY_CODE) {
            account.recordSuccessfulLogin();
            if (check == SecondFactorCheck.RECOVERY_CODE) {
                audit.record(AuditAction.RECOVERY_CODE_USED, "account", account.id(), account.recoveryCodesLeft() + " left");
            }
            return true;
        }
        failed(account, now, check == SecondFactorCheck.REPLAYED ? "a code already used" : "wrong code");
        return false;
    }

    private void failed(UserAccount account, Instant now, String what) {
        account.recordFailedLogin(now);
        audit.record(AuditAction.SECOND_FACTOR_FAILED, "account", account.id(),
                what + " (" + account.failedLogins() + " in a row)");
    }

    private UserAccount caller() {
        return accounts.findByEmailForSignIn(access.current().email()).orElseThrow();
    }
}
