package tw.netzero.portal.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.ValidEmail;

/**
 * A person who signs in: secretariat staff (no company) or a user of one member company.
 * Created by invitation without a password; the invitee sets it through a one-time link.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_EMAIL, query = "SELECT a FROM UserAccount a WHERE a.email = :email")
@NamedQuery(name = UserAccount.OF_COMPANY,
        query = "SELECT a FROM UserAccount a WHERE a.companyId = :companyId ORDER BY a.email")
@NamedQuery(name = UserAccount.SECRETARIAT,
        query = "SELECT a FROM UserAccount a WHERE a.companyId IS NULL AND a.role IN :roles ORDER BY a.email")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_EMAIL = "UserAccount.findByEmail";
    public static final String OF_COMPANY = "UserAccount.ofCompany";
    public static final String SECRETARIAT = "UserAccount.secretariat";

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 100;

    @Id
    @TableGenerator(name = "user_account_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "user_account", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "user_account_id")
    private Long id;

    @NotBlank(message = "{account.email.required}")
    @ValidEmail(message = "{account.email.invalid}")
    @Size(max = EMAIL_MAX, message = "{account.email.invalid}")
    @Column(name = "email", nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = NAME_MAX, message = "{account.displayName.size}")
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 24)
    private Role role;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "last_failed_login")
    private Instant lastFailedLogin;

    @Column(name = "failure_notice_at")
    private Instant failureNoticeAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Sessions signed in before this moment are over (a new password, a disabled account): every
     * instance reads it at each signed-in request, so it holds across a deployment group (decision 0036).
     * Epoch milliseconds: an {@code Instant} column is stored to the whole second, too coarse here.
     */
    @Column(name = "sessions_valid_from_ms")
    private Long sessionsValidFromMillis;

    /** The TOTP shared secret (Base32); set at the start of enrolment, confirmed by {@link #totpEnrolledAt}.
     *  Never logged, audited or exported (docs/security.md). */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** The last time step whose code was accepted: neither it nor an earlier one is accepted again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** SHA-256 hashes of the unused recovery codes ({@link RecoveryCodes}). */
    @ElementCollection
    @CollectionTable(name = "recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    private UserAccount(String email, String displayName, Role role, Long companyId, Instant now) {
        this.email = normalise(email);
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
        this.role = Objects.requireNonNull(role, "role");
        this.companyId = companyId;
        this.enabled = true;
        this.createdAt = now;
    }

    public static UserAccount secretariat(String email, String displayName, Role role, Instant now) {
        if (!role.isSecretariat()) {
            throw new DomainRuleViolation("account.role.notSecretariat", role);
        }
        return new UserAccount(email, displayName, role, null, now);
    }

    /** A solution provider (self-registered) or a juror (invited) of the call for solutions: no company. */
    public static UserAccount callParticipant(String email, String displayName, Role role, Instant now) {
        if (!role.isCallParticipant()) {
            throw new DomainRuleViolation("account.role.notCallParticipant", role);
        }
        return new UserAccount(email, displayName, role, null, now);
    }

    public static UserAccount ofCompany(long companyId, String email, String displayName, Role role, Instant now) {
        if (role.isSecretariat() || role.isCallParticipant()) {
            throw new DomainRuleViolation("account.role.notCompany", role);
        }
        return new UserAccount(email, displayName, role, companyId, now);
    }

    /** E-mail addresses are compared case-insensitively; they are stored lower-case. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a password attempt now has to wait after earlier failures ({@link LoginThrottle}). */
    public boolean isDelayed(Instant now) {
        return LoginThrottle.isDelayed(failedLogins, lastFailedLogin, now);
    }

    /**
     * Counts a wrong password. Returns whether the owner is to be told about repeated failures now
     * (then this is remembered, so that they are told at most once per {@link LoginThrottle#NOTICE_INTERVAL}).
     */
    public boolean recordFailedLogin(Instant now) {
        failedLogins = LoginThrottle.failuresCountingAt(failedLogins, lastFailedLogin, now) + 1;
        lastFailedLogin = now;
        if (LoginThrottle.isNoticeDue(failedLogins, failureNoticeAt, now)) {
            failureNoticeAt = now;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lastFailedLogin = null;
    }

    /**
     * Sets a new password (already checked against the policy and hashed); lifts any delay and ends
     * every session signed in before it: whoever knew the old password loses what it opened.
     */
    public void changePassword(String newHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.sessionsValidFromMillis = at.toEpochMilli();
        recordSuccessfulLogin();
    }

    /** Whether a session signed in at the given moment is still signed in to this account. */
    public boolean keepsSessionSignedInAt(Instant signedInAt) {
        return enabled && (sessionsValidFromMillis == null || signedInAt.toEpochMilli() >= sessionsValidFromMillis);
    }

    /** Reviewers and secretariat administrators must sign in with a second factor (issue 14, item 5). */
    public boolean isSecondFactorRequired() {
        return role.isSecretariat();
    }

    public boolean hasSecondFactor() {
        return totpEnrolledAt != null;
    }

    /** Whether a correct password alone does not sign in: a code is due, or enrolment first. */
    public boolean isSecondFactorDue() {
        return hasSecondFactor() || isSecondFactorRequired();
    }

    /** Starts enrolment with a new secret, which the user adds to an authenticator app; replaces an unconfirmed one. */
    public void startEnrolment(String secret) {
        if (hasSecondFactor()) {
            throw new DomainRuleViolation("account.secondFactor.alreadyEnrolled");
        }
        this.totpSecret = Objects.requireNonNull(secret, "secret");
        this.totpLastStep = null;
    }

    /** The secret of an enrolment not confirmed yet (to show again as QR code and text), if any. */
    public String pendingEnrolmentSecret() {
        return hasSecondFactor() ? null : totpSecret;
    }

    /**
     * Confirms enrolment with a code from the app. Returns the new recovery codes (to show once),
     * or an empty list when the code is wrong or no enrolment was started.
     */
    public List<String> confirmEnrolment(String code, Instant now) {
        if (hasSecondFactor() || totpSecret == null) {
            return List.of();
        }
        OptionalLong step = TotpCodes.acceptedStep(totpSecret, code, now, totpLastStep);
        if (step.isEmpty()) {
            return List.of();
        }
        List<String> codes = RecoveryCodes.newCodes();
        enrol(totpSecret, codes, now);
        totpLastStep = step.getAsLong();
        return codes;
    }

    /** Enrols a secret and recovery codes already known (the demo accounts' published ones, or a confirmed enrolment). */
    public void enrol(String secret, List<String> recoveryCodes, Instant now) {
        this.totpSecret = Objects.requireNonNull(secret, "secret");
        this.totpEnrolledAt = now;
        this.totpLastStep = null;
        replaceRecoveryCodes(recoveryCodes);
    }

    /** What a second-factor entry was taken as; a code used before is told apart to log it (ASVS 2.8.5). */
    public enum SecondFactorCheck { CODE, RECOVERY_CODE, REPLAYED, REFUSED }

    /**
     * Checks a code from the app or a recovery code. A code is accepted once (its step is
     * remembered), a recovery code is used up.
     */
    public SecondFactorCheck checkSecondFactor(String typed, Instant now) {
        if (!hasSecondFactor()) {
            return SecondFactorCheck.REFUSED;
        }
        if (RecoveryCodes.looksLikeOne(typed)) {
            return recoveryCodeHashes.remove(RecoveryCodes.hashOf(typed))
                    ? SecondFactorCheck.RECOVERY_CODE : SecondFactorCheck.REFUSED;
        }
        OptionalLong step = TotpCodes.acceptedStep(totpSecret, typed, now, totpLastStep);
        if (step.isEmpty()) {
            return TotpCodes.acceptedStep(totpSecret, typed, now, null).isPresent()
                    ? SecondFactorCheck.REPLAYED : SecondFactorCheck.REFUSED;
        }
        totpLastStep = step.getAsLong();
        return SecondFactorCheck.CODE;
    }

    /** New recovery codes in place of all earlier ones; returns them to show once. */
    public List<String> regenerateRecoveryCodes() {
        if (!hasSecondFactor()) {
            throw new DomainRuleViolation("account.secondFactor.notEnrolled");
        }
        List<String> codes = RecoveryCodes.newCodes();
        replaceRecoveryCodes(codes);
        return codes;
    }

    /** Removes the second factor (members only: reviewers and administrators must keep one). */
    public void removeSecondFactor() {
        if (isSecondFactorRequired()) {
            throw new DomainRuleViolation("account.secondFactor.required");
        }
        totpSecret = null;
        totpEnrolledAt = null;
        totpLastStep = null;
        recoveryCodeHashes.clear();
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    private void replaceRecoveryCodes(List<String> codes) {
        recoveryCodeHashes.clear();
        codes.forEach(code -> recoveryCodeHashes.add(RecoveryCodes.hashOf(code)));
    }

    /** Disables the account; its sessions end at their next request. */
    public void disable(Instant at) {
        enabled = false;
        sessionsValidFromMillis = at.toEpochMilli();
    }

    public void enable() {
        enabled = true;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Long companyId() {
        return companyId;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lastFailedLogin() {
        return lastFailedLogin;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
