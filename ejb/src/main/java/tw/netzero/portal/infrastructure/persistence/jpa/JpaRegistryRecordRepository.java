package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.RegistryRecordRepository;

@ApplicationScoped
public class JpaRegistryRecordRepository implements RegistryRecordRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<RegistryRecord> find(long id) {
        return Optional.ofNullable(entityManager.find(RegistryRecord.class, id));
    }

    @Override
    public Optional<RegistryRecord> find(long companyId, Year inventoryYear) {
        return entityManager.createNamedQuery(RegistryRecord.OF_YEAR_AND_COMPANY, RegistryRecord.class)
                .setParameter("company", companyId).setParameter("year", inventoryYear)
                .getResultStream().findFirst();
    }

    @Override
    public List<RegistryRecord> ofCompany(long companyId) {
        return entityManager.createNamedQuery(RegistryRecord.OF_COMPANY, RegistryRecord.class)
                .setParameter("company", companyId).getResultList();
    }

    @Override
    public List<RegistryRecord> publishedOf(long companyId) {
        return entityManager.createNamedQuery(RegistryRecord.PUBLISHED_OF_COMPANY, RegistryRecord.class)
                .setParameter("company", companyId).getResultList();
    }

    @Override
    public List<RegistryRecord> all() {
        return entityManager.createNamedQuery(RegistryRecord.ALL, RegistryRecord.class).getResultList();
    }

    @Override
    public void add(RegistryRecord record) {
        entityManager.persist(record);
        // Written now: a second record of the company's year, recorded at the same time, fails here on the
        // unique key, where the service can say so at the field.
        entityManager.flush();
    }
}
