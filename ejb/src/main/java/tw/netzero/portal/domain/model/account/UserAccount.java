package tw.netzero.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
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
        query = "SELECT a FROM UserAccount a WHERE a.companyId IS NULL ORDER BY a.email")
public class UserAccount {

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

    public static UserAccount ofCompany(long companyId, String email, String displayName, Role role, Instant now) {
        if (role.isSecretariat()) {
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

    /** Sets a new password (already checked against the policy and hashed); lifts any delay. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        recordSuccessfulLogin();
    }

    public void disable() {
        enabled = false;
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
