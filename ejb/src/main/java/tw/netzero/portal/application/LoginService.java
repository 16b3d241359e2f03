package tw.netzero.portal.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;

/**
 * Checks a login, throttles repeated failures per account and records every attempt.
 * Callers only learn "succeeded" or not: the page shows one generic message either way.
 */
@Stateless
@PermitAll
public class LoginService {

    /** A well-formed hash of a random password, checked when the e-mail is unknown so the
     *  response takes as long as for a known account (no account enumeration by timing). */
    private static final char[] DECOY_PASSWORD = "decoy-password-never-valid".toCharArray();

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    private volatile String decoyHash;

    public record LoginOutcome(boolean succeeded, String email, Set<String> groups) {
        static LoginOutcome refused(String email) {
            return new LoginOutcome(false, email, Set.of());
        }
    }

    public LoginOutcome attempt(String email, char[] password) {
        Instant now = clock.instant();
        String normalised = UserAccount.normalise(email);
        Optional<UserAccount> found = normalised == null ? Optional.empty() : accounts.findByEmail(normalised);
        if (found.isEmpty()) {
            hashing.verify(password, decoyHash());
            audit.recordAs(actor(normalised), AuditAction.LOGIN_FAILED, "account", null, "unknown e-mail");
            return LoginOutcome.refused(normalised);
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            audit.recordAs(account.email(), AuditAction.LOGIN_THROTTLED, "account", account.id(),
                    "locked until " + account.lockedUntil());
            return LoginOutcome.refused(account.email());
        }
        boolean passwordMatches = hashing.verify(password, account.passwordHash() == null ? decoyHash() : account.passwordHash());
        if (!passwordMatches || account.passwordHash() == null || !account.enabled()) {
            if (!passwordMatches) {
                account.recordFailedLogin(now);
            }
            audit.recordAs(account.email(), AuditAction.LOGIN_FAILED, "account", account.id(),
                    !account.enabled() ? "account disabled" : account.passwordHash() == null ? "no password set"
                            : "wrong password (" + account.failedLogins() + " in a row)");
            return LoginOutcome.refused(account.email());
        }
        account.recordSuccessfulLogin();
        audit.recordAs(account.email(), AuditAction.LOGIN_SUCCEEDED, "account", account.id(), null);
        return new LoginOutcome(true, account.email(), account.role().groups());
    }

    /** Records that the signed-in caller signs out (the web layer then ends the session). */
    public void recordLogout() {
        audit.record(AuditAction.LOGOUT, "account", null, null);
    }

    public Set<String> groupsOf(String email) {
        return accounts.findByEmail(email).filter(UserAccount::enabled)
                .map(account -> account.role().groups()).orElse(Set.of());
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
