package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.netzero.portal.domain.model.pledge.PledgeRepository;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementEvidence;

@ApplicationScoped
public class JpaPledgeRepository implements PledgeRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<PledgeVersion> find(long id) {
        return Optional.ofNullable(entityManager.find(PledgeVersion.class, id));
    }

    @Override
    public List<PledgeVersion> ofCompany(long companyId) {
        return entityManager.createNamedQuery(PledgeVersion.OF_COMPANY, PledgeVersion.class)
                .setParameter("companyId", companyId).getResultList();
    }

    @Override
    public List<PledgeVersion> inStatus(Set<PledgeStatus> statuses) {
        return entityManager.createNamedQuery(PledgeVersion.IN_STATUS, PledgeVersion.class)
                .setParameter("statuses", statuses).getResultList();
    }

    @Override
    public void add(PledgeVersion version) {
        entityManager.persist(version);
    }

    @Override
    public List<RestatementEntry> restatementsOf(long companyId) {
        return entityManager.createNamedQuery(RestatementEntry.OF_COMPANY, RestatementEntry.class)
                .setParameter("companyId", companyId).getResultList();
    }

    @Override
    public void add(RestatementEntry restatement) {
        entityManager.persist(restatement);
    }

    @Override
    public Optional<RestatementEntry> findRestatement(long id) {
        return Optional.ofNullable(entityManager.find(RestatementEntry.class, id));
    }

    @Override
    public void add(RestatementEvidence evidence) {
        entityManager.persist(evidence);
    }

    @Override
    public Optional<RestatementEvidence> findRestatementEvidence(long id) {
        return Optional.ofNullable(entityManager.find(RestatementEvidence.class, id));
    }

    @Override
    public List<RestatementEvidence> evidenceOf(long restatementId) {
        return entityManager.createNamedQuery(RestatementEvidence.OF_RESTATEMENT, RestatementEvidence.class)
                .setParameter("restatementId", restatementId).getResultList();
    }
}
