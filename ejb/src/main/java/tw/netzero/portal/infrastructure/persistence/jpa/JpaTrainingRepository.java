package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.training.TrainingRecord;
import tw.netzero.portal.domain.model.training.TrainingRepository;
import tw.netzero.portal.domain.model.training.TrainingTotals;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

    /** Members, records, staff and person-hours: the same sums for one member and per group. */
    private static final String SUMS = "COUNT(DISTINCT t.companyId), COUNT(t), SUM(t.staff), SUM(t.hours * t.staff)";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<TrainingRecord> find(long id) {
        return Optional.ofNullable(entityManager.find(TrainingRecord.class, id));
    }

    @Override
    public List<TrainingRecord> ofCompany(long companyId) {
        return entityManager.createNamedQuery(TrainingRecord.OF_COMPANY, TrainingRecord.class)
                .setParameter("company", companyId).getResultList();
    }

    @Override
    public TrainingTotals totalsOf(long companyId) {
        Object[] row = entityManager.createQuery("SELECT " + SUMS + " FROM TrainingRecord t"
                + " WHERE t.companyId = :company", Object[].class).setParameter("company", companyId).getSingleResult();
        return totals(null, row, 0);
    }

    @Override
    public List<TrainingTotals> totalsByGroup() {
        return entityManager.createQuery("SELECT c.industryGroup, " + SUMS + " FROM TrainingRecord t, MemberCompany c"
                        + " WHERE c.id = t.companyId AND c.membershipStatus = :active GROUP BY c.industryGroup"
                        + " ORDER BY c.industryGroup", Object[].class)
                .setParameter("active", MembershipStatus.ACTIVE)
                .getResultList().stream()
                .map(row -> totals((IndustryGroup) row[0], row, 1))
                .toList();
    }

    private static TrainingTotals totals(IndustryGroup group, Object[] row, int from) {
        return new TrainingTotals(group, count(row[from]), count(row[from + 1]), count(row[from + 2]),
                row[from + 3] == null ? BigDecimal.ZERO : new BigDecimal(row[from + 3].toString()));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public void add(TrainingRecord record) {
        entityManager.persist(record);
    }

    @Override
    public void remove(TrainingRecord record) {
        entityManager.remove(record);
    }
}
