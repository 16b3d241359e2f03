package tw.netzero.portal.application.company;

import tw.netzero.portal.application.ChecksConcurrentChanges;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import tw.netzero.portal.application.account.AccountService;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.review.DecisionNotices;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipApplication;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.cycle.DueDates;

/** Bringing companies into the alliance: applications, the secretariat's decisions, direct admission. */
@Stateless
@ChecksConcurrentChanges
public class MembershipService {

    private static final String COMPANY = "company";

    @Inject
    private CompanyRepository companies;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @EJB
    private AuditLog audit;

    @EJB
    private CallerAccess access;

    @EJB
    private AccountService accountService;

    @Inject
    private DecisionNotices notices;

    /**
     * A company applies through the public form and waits for the secretariat's decision; the
     * contact person gets an acknowledgement. A company rejected before may apply again; any
     * other company with the same UBN is already known and is refused at the UBN field.
     */
    @PermitAll
    public MemberCompany apply(@NotNull @Valid MembershipApplication application) {
        String ubn = application.profile().ubn();
        Optional<MemberCompany> known = companies.findByUbn(Ubn.of(ubn));
        MemberCompany company;
        if (known.isPresent() && known.get().membershipStatus() == MembershipStatus.REJECTED) {
            company = known.get();
            company.reapply(application, clock.instant());
        } else if (known.isPresent()) {
            throw new FieldRuleViolation("ubn", "company.ubn.duplicate", ubn);
        } else {
            company = register(MemberCompany.applicant(application, clock.instant()));
        }
        audit.recordAs(application.contact().email(), AuditAction.COMPANY_APPLIED, COMPANY, company.id(),
                company.nameEn() + " by " + application.contact().name());
        notices.applicationReceived(company);
        return company;
    }

    /** Records an application typed in by the secretariat (no contact person, no mail). */
    public MemberCompany apply(@NotNull @Valid CompanyProfile profile) {
        return created(register(MemberCompany.applicant(requireUnusedUbn(profile))));
    }

    /** Admits a company directly as an active member (founding members, imports). */
    public MemberCompany admit(@NotNull @Valid CompanyProfile profile, @NotNull LocalDate joinedOn) {
        return created(register(MemberCompany.admitted(requireUnusedUbn(profile), joinedOn)));
    }

    public Optional<MemberCompany> findByUbn(String ubn) {
        return Ubn.isValid(ubn) ? companies.findByUbn(Ubn.of(ubn)) : Optional.empty();
    }

    /** An application with its contact person, for the secretariat. */
    @RolesAllowed(Roles.REVIEWER)
    public CompanyDetails application(long companyId) {
        return CompanyDetails.of(load(companyId));
    }

    /**
     * Admits an applicant that applied through the form: it becomes an active member today and
     * its contact person receives the member-admin invitation.
     */
    @RolesAllowed(Roles.REVIEWER)
    public UserAccount approve(long companyId) {
        MemberCompany company = load(companyId);
        ApplicationContact contact = company.contact()
                .orElseThrow(() -> new DomainRuleViolation("company.application.noContact"));
        company.approve(access.current().email(), clock.instant(), DueDates.today(clock));
        audit.record(AuditAction.COMPANY_ACTIVATED, COMPANY, companyId, company.nameEn());
        return accountService.inviteFirstAdmin(companyId, contact.email(), contact.name());
    }

    /** Turns an application down; the reason is required and is sent to the contact person. */
    @RolesAllowed(Roles.REVIEWER)
    public CompanyDetails reject(long companyId, String reason) {
        MemberCompany company = load(companyId);
        company.reject(access.current().email(), clock.instant(), reason);
        audit.record(AuditAction.COMPANY_REJECTED, COMPANY, companyId, company.nameEn() + ": " + reason);
        notices.applicationRejected(company);
        return CompanyDetails.of(company);
    }

    private MemberCompany load(long companyId) {
        return companies.find(companyId).orElseThrow(() -> new RecordNotFound("company.notFound", companyId));
    }

    private CompanyProfile requireUnusedUbn(CompanyProfile profile) {
        if (companies.findByUbn(Ubn.of(profile.ubn())).isPresent()) {
            throw new DomainRuleViolation("company.ubn.duplicate", profile.ubn());
        }
        return profile;
    }

    private MemberCompany register(MemberCompany company) {
        companies.add(company);
        try {
            // Flush now so that a concurrent registration of the same UBN, caught only by
            // the unique constraint, surfaces here as the same clear error.
            entityManager.flush();
        } catch (PersistenceException raceLost) {
            throw new FieldRuleViolation("ubn", "company.ubn.duplicate", company.ubn().value());
        }
        return company;
    }

    private MemberCompany created(MemberCompany company) {
        audit.record(AuditAction.COMPANY_CREATED, COMPANY, company.id(),
                company.nameEn() + " (" + company.membershipStatus() + ")");
        return company;
    }
}
