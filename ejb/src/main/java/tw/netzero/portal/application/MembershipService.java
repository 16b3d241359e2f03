package tw.netzero.portal.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/** Bringing companies into the alliance and looking them up. */
@Stateless
public class MembershipService {

    @Inject
    private CompanyRepository companies;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @EJB
    private AuditLog audit;

    /** Records a company's application; it waits for the secretariat's decision. */
    public MemberCompany apply(@NotNull @Valid CompanyProfile profile) {
        return register(MemberCompany.applicant(requireUnusedUbn(profile)));
    }

    /** Admits a company directly as an active member (founding members, imports). */
    public MemberCompany admit(@NotNull @Valid CompanyProfile profile, @NotNull LocalDate joinedOn) {
        return register(MemberCompany.admitted(requireUnusedUbn(profile), joinedOn));
    }

    public Optional<MemberCompany> findByUbn(String ubn) {
        return Ubn.isValid(ubn) ? companies.findByUbn(Ubn.of(ubn)) : Optional.empty();
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
            throw new DomainRuleViolation("company.ubn.duplicate", company.ubn().value());
        }
        audit.record(AuditAction.COMPANY_CREATED, "company", company.id(),
                company.nameEn() + " (" + company.membershipStatus() + ")");
        return company;
    }
}
