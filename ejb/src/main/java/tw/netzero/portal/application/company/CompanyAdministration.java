package tw.netzero.portal.application.company;

import tw.netzero.portal.application.ChecksConcurrentChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.application.account.AccountService;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.ValidEmail;

/** A company's own data for its users, and the secretariat's view and decisions over all companies. */
@Stateless
@ChecksConcurrentChanges
public class CompanyAdministration {

    @Inject
    private CompanyRepository companies;

    @Inject
    private Clock clock;

    @EJB
    private CallerAccess access;

    @EJB
    private AccountService accountService;

    @EJB
    private AuditLog audit;

    /** The caller's own company (member users). */
    @RolesAllowed(Roles.MEMBER)
    public CompanyDetails myCompany() {
        return CompanyDetails.of(load(access.requireOwnCompany()));
    }

    /** One company, for its own users or the secretariat. */
    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public CompanyDetails company(long companyId) {
        access.requireCompany(companyId);
        return CompanyDetails.of(load(companyId));
    }

    /**
     * Changes a company's descriptive details. {@code expectedVersion} is the version the
     * editor saw: if someone saved in between, the change is refused, not overwritten. The new
     * version is known once the transaction commits: the page reads the company again.
     */
    @RolesAllowed({Roles.MEMBER_ADMIN, Roles.SECRETARIAT_ADMIN})
    public void updateProfile(long companyId, @NotNull @Valid CompanyProfile profile, long expectedVersion) {
        access.requireCompanyAdmin(companyId);
        MemberCompany company = load(companyId);
        if (company.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        company.describe(profile);
        audit.record(AuditAction.COMPANY_UPDATED, "company", companyId, company.nameEn());
    }

    @RolesAllowed(Roles.REVIEWER)
    public List<CompanyDetails> allCompanies() {
        return companies.all().stream().map(CompanyDetails::of).toList();
    }

    /** The companies a secretariat search finds: name (part of either) or UBN; every company without text. */
    @RolesAllowed(Roles.REVIEWER)
    public List<CompanyDetails> companies(String text) {
        return companies.search(text).stream().map(CompanyDetails::of).toList();
    }

    /**
     * The secretariat admits an applicant: it becomes an active member today, and its first
     * member-admin receives an invitation to set a password.
     */
    @RolesAllowed(Roles.REVIEWER)
    public UserAccount activate(long companyId,
                                @NotBlank @ValidEmail @Size(max = UserAccount.EMAIL_MAX) String adminEmail,
                                @NotBlank @Size(max = UserAccount.NAME_MAX) String adminName) {
        MemberCompany company = load(companyId);
        company.approve(access.current().email(), clock.instant(), DueDates.today(clock));
        audit.record(AuditAction.COMPANY_ACTIVATED, "company", companyId, company.nameEn());
        return accountService.inviteFirstAdmin(companyId, adminEmail, adminName);
    }

    /**
     * The secretariat extends a member's commitment window (24 months from joining to an approved
     * pledge) to {@code to}, for a reason; audited with both. See {@link MemberCompany#extendCommitment}.
     */
    @RolesAllowed(Roles.REVIEWER)
    public void extendCommitment(long companyId, LocalDate to, String reason) {
        MemberCompany company = load(companyId);
        company.extendCommitment(to, reason, access.current().email(), clock.instant(),
                DueDates.today(clock));
        audit.record(AuditAction.COMMITMENT_EXTENDED, "company", companyId,
                company.nameEn() + ": " + to + " — " + company.commitmentExtensionReason());
    }

    private MemberCompany load(long companyId) {
        return companies.find(companyId).orElseThrow(() -> new DomainRuleViolation("company.notFound", companyId));
    }
}
