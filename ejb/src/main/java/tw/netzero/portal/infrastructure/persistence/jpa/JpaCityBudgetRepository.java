package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.budget.CityBudgetPeriod;
import tw.netzero.portal.domain.model.budget.CityBudgetRepository;

@ApplicationScoped
public class JpaCityBudgetRepository implements CityBudgetRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<CityBudgetPeriod> find(long id) {
        return Optional.ofNullable(entityManager.find(CityBudgetPeriod.class, id));
    }

    @Override
    public List<CityBudgetPeriod> all() {
        return entityManager.createNamedQuery(CityBudgetPeriod.ALL, CityBudgetPeriod.class).getResultList();
    }

    @Override
    public void add(CityBudgetPeriod period) {
        entityManager.persist(period);
    }
}
