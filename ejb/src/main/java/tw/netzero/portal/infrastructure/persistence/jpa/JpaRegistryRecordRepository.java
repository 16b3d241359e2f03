package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.RegistryRecordRepository;
import tw.netzero.portal.domain.model.registry.RegistryReminder;
import tw.netzero.portal.domain.model.registry.RegistryReminderSent;

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

    @Override
    public boolean wasSent(long companyId, RegistryReminder reminder) {
        return !entityManager.createNamedQuery(RegistryReminderSent.FIND, RegistryReminderSent.class)
                .setParameter("companyId", companyId)
                .setParameter("year", reminder.inventoryYear())
                .setParameter("deadline", reminder.deadline())
                .setParameter("notice", reminder.notice().code())
                .getResultList().isEmpty();
    }

    @Override
    public void add(RegistryReminderSent sent) {
        entityManager.persist(sent);
        // Written before any mail is queued: a concurrent run (another instance's timer) waits on the unique
        // index here and then fails, instead of sending the reminder a second time (decision 0005).
        entityManager.flush();
    }

    @Override
    public List<RegistryReminderSent> remindersOf(Year inventoryYear) {
        return entityManager.createNamedQuery(RegistryReminderSent.OF_YEAR, RegistryReminderSent.class)
                .setParameter("year", inventoryYear).getResultList();
    }
}
