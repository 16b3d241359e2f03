package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.CycleStatus;
import tw.netzero.portal.domain.model.cycle.OutstandingCompany;
import tw.netzero.portal.domain.model.cycle.Reminder;
import tw.netzero.portal.domain.model.cycle.ReminderSent;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.filing.FilingStatus;

@ApplicationScoped
public class JpaCycleRepository implements CycleRepository {

    /** Active members with no filing for the year that has reached the secretariat (submitted or accepted). */
    private static final String OUTSTANDING = " FROM MemberCompany c WHERE c.membershipStatus = :active"
            + " AND NOT EXISTS (SELECT f.id FROM ProgressFiling f WHERE f.companyId = c.id"
            + " AND f.reportingYear = :year AND f.status IN :filed)";

    private static final List<FilingStatus> FILED = List.of(FilingStatus.SUBMITTED, FilingStatus.ACCEPTED);

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<ReportingCycle> find(long id) {
        return Optional.ofNullable(entityManager.find(ReportingCycle.class, id));
    }

    @Override
    public Optional<ReportingCycle> ofYear(Year reportingYear) {
        return entityManager.createNamedQuery(ReportingCycle.OF_YEAR, ReportingCycle.class)
                .setParameter("year", reportingYear)
                .getResultStream().findFirst();
    }

    @Override
    public List<ReportingCycle> all() {
        return entityManager.createNamedQuery(ReportingCycle.ALL, ReportingCycle.class).getResultList();
    }

    @Override
    public List<ReportingCycle> open() {
        return entityManager.createNamedQuery(ReportingCycle.WITH_STATUS, ReportingCycle.class)
                .setParameter("status", CycleStatus.OPEN)
                .getResultList();
    }

    @Override
    public void add(ReportingCycle cycle) {
        entityManager.persist(cycle);
    }

    @Override
    public List<OutstandingCompany> outstanding(Year reportingYear) {
        return entityManager.createQuery("SELECT NEW " + OutstandingCompany.class.getName()
                        + "(c.id, c.ubn, c.nameEn, c.nameZh)" + OUTSTANDING + " ORDER BY c.nameEn", OutstandingCompany.class)
                .setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("year", reportingYear)
                .setParameter("filed", FILED)
                .getResultList();
    }

    @Override
    public boolean isOutstanding(long companyId, Year reportingYear) {
        return entityManager.createQuery("SELECT COUNT(c)" + OUTSTANDING + " AND c.id = :companyId", Long.class)
                .setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("year", reportingYear)
                .setParameter("filed", FILED)
                .setParameter("companyId", companyId)
                .getSingleResult() > 0;
    }

    @Override
    public boolean wasSent(long cycleId, long companyId, Reminder reminder) {
        return !entityManager.createNamedQuery(ReminderSent.FIND, ReminderSent.class)
                .setParameter("cycleId", cycleId)
                .setParameter("companyId", companyId)
                .setParameter("reminder", reminder.code())
                .getResultList().isEmpty();
    }

    @Override
    public void add(ReminderSent reminder) {
        entityManager.persist(reminder);
        // Written now, before any mail leaves: a concurrent run holding the same key waits on
        // the unique index here and then fails, instead of sending the reminder a second time.
        entityManager.flush();
    }

    @Override
    public List<ReminderSent> remindersOf(long cycleId) {
        return entityManager.createNamedQuery(ReminderSent.OF_CYCLE, ReminderSent.class)
                .setParameter("cycleId", cycleId)
                .getResultList();
    }
}
