package tw.netzero.portal.application.account;

import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.mail.MailOutbox;
import tw.netzero.portal.application.mail.MailText;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.AccountToken;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.domain.model.account.PasswordPolicy;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.TokenPurpose;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.ValidEmail;

/** The account lifecycle: invitations, one-time links, passwords, disabling. */
@Stateless
@ChecksConcurrentChanges
public class AccountService {

    /** The new password's field on the set-password form, where a refusal of the policy is shown. */
    static final String NEW_PASSWORD_FIELD = "newPassword";

    /** Where one-time links point: {@code <base-url>/public/set-password.xhtml?token=...}. */
    static final String SET_PASSWORD_PATH = "/public/set-password.xhtml?token=";

    @Inject
    private AccountRepository accounts;

    @Inject
    private CompanyRepository companies;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private MailOutbox mail;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    /** A secretariat admin invites a reviewer (or another secretariat admin). */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public UserAccount inviteSecretariat(@NotBlank @ValidEmail @Size(max = UserAccount.EMAIL_MAX) String email,
                                         @NotBlank @Size(max = UserAccount.NAME_MAX) String displayName, Role role) {
        requireNewEmail(email);
        UserAccount account = UserAccount.secretariat(email, displayName, role, clock.instant());
        return invite(account, secretariatLabel(role));
    }

    /** A member-admin (or the secretariat admin) invites a user of the company. */
    @RolesAllowed({Roles.MEMBER_ADMIN, Roles.SECRETARIAT_ADMIN})
    public UserAccount inviteCompanyUser(long companyId,
                                         @NotBlank @ValidEmail @Size(max = UserAccount.EMAIL_MAX) String email,
                                         @NotBlank @Size(max = UserAccount.NAME_MAX) String displayName, Role role) {
        access.requireCompanyAdmin(companyId);
        return inviteToCompany(companyId, email, displayName, role);
    }

    /** The secretariat invites the first member-admin of a company it has just admitted. */
    @RolesAllowed(Roles.REVIEWER)
    public UserAccount inviteFirstAdmin(long companyId,
                                        @NotBlank @ValidEmail @Size(max = UserAccount.EMAIL_MAX) String email,
                                        @NotBlank @Size(max = UserAccount.NAME_MAX) String displayName) {
        return inviteToCompany(companyId, email, displayName, Role.MEMBER_ADMIN);
    }

    private UserAccount inviteToCompany(long companyId, String email, String displayName, Role role) {
        MemberCompany company = companies.find(companyId)
                .orElseThrow(() -> new DomainRuleViolation("company.notFound", companyId));
        requireNewEmail(email);
        UserAccount account = UserAccount.ofCompany(companyId, email, displayName, role, clock.instant());
        return invite(account, company.nameEn() + " / " + company.nameZh());
    }

    /**
     * A solution provider registers from the public site (issue 16): the account has no password
     * until its owner sets one through the link e-mailed to the address, which proves the address.
     */
    @PermitAll
    public UserAccount registerProvider(@NotBlank @ValidEmail @Size(max = UserAccount.EMAIL_MAX) String email,
                                        @NotBlank @Size(max = UserAccount.NAME_MAX) String displayName) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new FieldRuleViolation("email", "account.email.duplicate", UserAccount.normalise(email));
        }
        UserAccount account = UserAccount.callParticipant(email, displayName, Role.PROVIDER, clock.instant());
        accounts.add(account);
        sendLink(account, TokenPurpose.VERIFICATION, "provider.verification.subject", "provider.verification.body");
        audit.recordAs(account.email(), AuditAction.PROVIDER_REGISTERED, "account", account.id(), account.email());
        return account;
    }

    /** The secretariat invites a juror of the call for solutions (the seat on a call is given by the caller). */
    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public UserAccount inviteJuror(@NotBlank @ValidEmail @Size(max = UserAccount.EMAIL_MAX) String email,
                                   @NotBlank @Size(max = UserAccount.NAME_MAX) String displayName) {
        requireNewEmail(email);
        return invite(UserAccount.callParticipant(email, displayName, Role.JUROR, clock.instant()),
                "juror of the call for solutions / 淨零解方徵件評審");
    }

    @RolesAllowed({Roles.MEMBER_ADMIN, Roles.SECRETARIAT_ADMIN})
    public List<AccountDetails> companyUsers(long companyId) {
        access.requireCompanyAdmin(companyId);
        return accounts.ofCompany(companyId).stream().map(AccountDetails::of).toList();
    }

    @RolesAllowed(Roles.SECRETARIAT_ADMIN)
    public List<AccountDetails> secretariatAccounts() {
        return accounts.secretariat().stream().map(AccountDetails::of).toList();
    }

    /**
     * Sets the password behind a one-time link (invitation or reset) and cancels the account's
     * other links. Returns the account's e-mail address, so that the web layer ends the account's
     * sessions (a reset is what someone does who fears another has the password).
     */
    @PermitAll
    public String setPassword(String tokenSecret, char[] newPassword) {
        AccountToken token = tokenSecret == null ? null : accounts.findToken(tokenSecret).orElse(null);
        if (token == null) {
            throw new DomainRuleViolation("token.unknown");
        }
        UserAccount account = accounts.find(token.accountId()).orElseThrow(() -> new DomainRuleViolation("token.unknown"));
        passwordPolicy.violation(account.email(), newPassword).ifPresent(key -> {
            throw new FieldRuleViolation(NEW_PASSWORD_FIELD, key, PasswordPolicy.arguments());
        });
        token.redeem(clock.instant());
        cancelOpenLinks(account.id());
        account.changePassword(hashing.hash(newPassword), clock.instant());
        audit.recordAs(account.email(), AuditAction.ACCOUNT_PASSWORD_SET, "account", account.id(), token.purpose().name());
        return account.email();
    }

    /**
     * Why a one-time link cannot set a password ({@code token.unknown}, {@code token.used} or
     * {@code token.expired}), empty when it can; changes nothing. The link's page asks when it opens.
     */
    @PermitAll
    public Optional<String> linkRefusal(String tokenSecret) {
        AccountToken token = tokenSecret == null ? null : accounts.findToken(tokenSecret).orElse(null);
        if (token == null || accounts.find(token.accountId()).isEmpty()) {
            return Optional.of("token.unknown");
        }
        return token.refusal(clock.instant());
    }

    /** Sends a reset link if the address belongs to an enabled account; says nothing either way. */
    @PermitAll
    public void requestPasswordReset(String email) {
        accounts.findByEmail(email).filter(UserAccount::enabled).ifPresent(account -> {
            cancelOpenLinks(account.id());
            AccountToken.Issued issued = AccountToken.issue(TokenPurpose.PASSWORD_RESET, account.id(), clock.instant());
            accounts.add(issued.token());
            mail.send(account.email(), MailText.of("reset.subject"),
                    MailText.of("reset.body", account.displayName(), link(issued.secret())));
            audit.recordAs(account.email(), AuditAction.ACCOUNT_PASSWORD_RESET_REQUESTED, "account", account.id(), null);
        });
    }

    @RolesAllowed({Roles.MEMBER_ADMIN, Roles.SECRETARIAT_ADMIN})
    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account = accounts.find(accountId).orElseThrow(() -> new DomainRuleViolation("account.notFound"));
        Caller caller = account.companyId() == null ? requireSecretariatAdmin() : access.requireCompanyAdmin(account.companyId());
        if (caller.accountId() == accountId) {
            throw new DomainRuleViolation("account.cannotDisableSelf");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable(clock.instant());
        }
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "account", accountId,
                account.email());
    }

    private Caller requireSecretariatAdmin() {
        Caller caller = access.current();
        if (caller.role() != Role.SECRETARIAT_ADMIN) {
            throw access.deny(caller.email() + " tried to change a secretariat account", "account", null);
        }
        return caller;
    }

    private UserAccount invite(UserAccount account, String forWhat) {
        accounts.add(account); // TABLE ids are assigned here, before any INSERT
        sendLink(account, TokenPurpose.INVITATION, "invitation.subject", "invitation.body", forWhat);
        audit.record(AuditAction.ACCOUNT_INVITED, "account", account.id(), account.email() + " as " + account.role());
        return account;
    }

    /** Issues a one-time link to set the password and mails it: body arguments {0} name, {1} link, then {@code more}. */
    private void sendLink(UserAccount account, TokenPurpose purpose, String subjectKey, String bodyKey, Object... more) {
        AccountToken.Issued issued = AccountToken.issue(purpose, account.id(), clock.instant());
        accounts.add(issued.token());
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = account.displayName();
        arguments[1] = link(issued.secret());
        System.arraycopy(more, 0, arguments, 2, more.length);
        mail.send(account.email(), MailText.of(subjectKey), MailText.of(bodyKey, arguments));
    }

    /** Only the newest link of an account works: using one or sending a new one cancels the others. */
    private void cancelOpenLinks(long accountId) {
        accounts.openTokensOf(accountId).forEach(open -> open.cancel(clock.instant()));
    }

    private void requireNewEmail(String email) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new DomainRuleViolation("account.email.duplicate", UserAccount.normalise(email));
        }
    }

    private String link(String secret) {
        return settings.link(SET_PASSWORD_PATH + secret);
    }

    private static String secretariatLabel(Role role) {
        return role == Role.SECRETARIAT_ADMIN ? "secretariat administrator / 秘書處管理者" : "reviewer / 審查人員";
    }
}
