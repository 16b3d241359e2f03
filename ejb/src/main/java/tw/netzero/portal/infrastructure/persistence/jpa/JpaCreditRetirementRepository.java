package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.credit.CreditRetirement;
import tw.netzero.portal.domain.model.credit.CreditRetirementRepository;
import tw.netzero.portal.domain.model.credit.SerialRange;

@ApplicationScoped
public class JpaCreditRetirementRepository implements CreditRetirementRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<CreditRetirement> find(long id) {
        return Optional.ofNullable(entityManager.find(CreditRetirement.class, id));
    }

    @Override
    public List<CreditRetirement> ofCompany(long companyId) {
        return entityManager.createNamedQuery(CreditRetirement.OF_COMPANY, CreditRetirement.class)
                .setParameter("company", companyId).getResultList();
    }

    @Override
    public List<CreditRetirement> publishedOf(long companyId) {
        return entityManager.createNamedQuery(CreditRetirement.PUBLISHED_OF_COMPANY, CreditRetirement.class)
                .setParameter("company", companyId).getResultList();
    }

    @Override
    public void lockRegistry(CreditRegistry registry) {
        // The row of migration V43, locked until the caller's transaction ends (as StartupLock does).
        if (entityManager.createNativeQuery("SELECT registry FROM credit_registry WHERE registry = ? FOR UPDATE")
                .setParameter(1, registry.name()).getResultList().isEmpty()) {
            throw new IllegalStateException("No row for registry " + registry + " in credit_registry (migration V43)");
        }
    }

    @Override
    public List<CreditRetirement> near(CreditRegistry registry, SerialRange range) {
        return entityManager.createNamedQuery(CreditRetirement.OVERLAPPING, CreditRetirement.class)
                .setParameter("registry", registry)
                .setParameter("first", range.first())
                .setParameter("last", range.last())
                .getResultList();
    }

    @Override
    public void add(CreditRetirement retirement) {
        entityManager.persist(retirement);
    }

    @Override
    public void remove(CreditRetirement retirement) {
        entityManager.remove(retirement);
    }
}
