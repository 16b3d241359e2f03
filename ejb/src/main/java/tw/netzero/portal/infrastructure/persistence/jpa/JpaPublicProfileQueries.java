package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.profile.PublicFacts;
import tw.netzero.portal.domain.model.profile.PublicProfileQueries;

@ApplicationScoped
public class JpaPublicProfileQueries implements PublicProfileQueries {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<PublicFacts> activeMember(Ubn ubn) {
        return entityManager.createQuery("SELECT NEW " + PublicFacts.class.getName()
                        + "(c.id, c.ubn, c.nameEn, c.nameZh, c.industryGroup, c.district, c.website, c.joinedOn)"
                        + " FROM MemberCompany c WHERE c.ubn = :ubn AND c.membershipStatus = :active", PublicFacts.class)
                .setParameter("ubn", ubn)
                .setParameter("active", MembershipStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PledgeVersion> pledgeInForce(long companyId) {
        return entityManager.createQuery("SELECT v FROM PledgeVersion v"
                        + " WHERE v.companyId = :companyId AND v.status = :approved ORDER BY v.number DESC", PledgeVersion.class)
                .setParameter("companyId", companyId)
                .setParameter("approved", PledgeStatus.APPROVED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<ProgressFiling> acceptedFilings(long companyId) {
        return entityManager.createQuery("SELECT f FROM ProgressFiling f WHERE f.companyId = :companyId"
                        + " AND f.status = :accepted AND f.superseded = false ORDER BY f.reportingYear", ProgressFiling.class)
                .setParameter("companyId", companyId)
                .setParameter("accepted", FilingStatus.ACCEPTED)
                // Each filing's scope 3 lines and review notes in one statement each for all the
                // filings (IN), not two per filing: 20 years were 40 more round trips per profile.
                .setHint("eclipselink.batch", "f.scope3")
                .setHint("eclipselink.batch", "f.reviewNotes")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public List<RestatementEntry> restatements(long companyId) {
        return entityManager.createNamedQuery(RestatementEntry.ACCEPTED_OF_COMPANY, RestatementEntry.class)
                .setParameter("companyId", companyId).getResultList();
    }

}
