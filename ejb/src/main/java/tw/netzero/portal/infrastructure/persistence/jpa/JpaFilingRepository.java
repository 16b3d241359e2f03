package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.filing.EvidenceFile;
import tw.netzero.portal.domain.model.filing.FilingRepository;
import tw.netzero.portal.domain.model.filing.FilingSummary;
import tw.netzero.portal.domain.model.filing.ProgressFiling;

@ApplicationScoped
public class JpaFilingRepository implements FilingRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<ProgressFiling> find(long id) {
        return Optional.ofNullable(entityManager.find(ProgressFiling.class, id));
    }

    @Override
    public List<ProgressFiling> ofYear(long companyId, Year reportingYear) {
        return entityManager.createNamedQuery(ProgressFiling.OF_YEAR, ProgressFiling.class)
                .setParameter("companyId", companyId)
                .setParameter("year", reportingYear)
                .getResultList();
    }

    @Override
    public boolean hasFiling(long companyId, Year reportingYear) {
        return entityManager.createNamedQuery(ProgressFiling.COUNT_OF_YEAR, Long.class)
                .setParameter("companyId", companyId)
                .setParameter("year", reportingYear)
                .getSingleResult() > 0;
    }

    @Override
    public List<FilingSummary> summariesOf(long companyId) {
        return entityManager.createNamedQuery(ProgressFiling.SUMMARIES_OF_COMPANY, FilingSummary.class)
                .setParameter("companyId", companyId)
                .getResultList();
    }

    @Override
    public List<ProgressFiling> currentOf(long companyId) {
        return entityManager.createNamedQuery(ProgressFiling.CURRENT_OF_COMPANY, ProgressFiling.class)
                .setParameter("companyId", companyId)
                .getResultList();
    }

    @Override
    public void add(ProgressFiling filing) {
        entityManager.persist(filing);
    }

    @Override
    public void markRevised(ProgressFiling filing) {
        entityManager.lock(filing, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public Optional<EvidenceFile> findEvidence(long id) {
        return Optional.ofNullable(entityManager.find(EvidenceFile.class, id));
    }

    @Override
    public List<EvidenceFile> evidenceOf(long filingId) {
        return entityManager.createNamedQuery(EvidenceFile.OF_FILING, EvidenceFile.class)
                .setParameter("filingId", filingId)
                .getResultList();
    }

    @Override
    public void add(EvidenceFile evidence) {
        // Evidence refers to its filing by id only, so EclipseLink cannot order the INSERTs:
        // write a new filing first.
        entityManager.flush();
        entityManager.persist(evidence);
    }
}
