package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.cycle.ScheduledRuns;

/**
 * {@code scheduled_run} (V52) in plain SQL, like the idempotency keys: no public data, no entity. The
 * primary key (job, day) lets one claim a day through; a concurrent second insert waits for the first
 * to commit and is then refused.
 */
@ApplicationScoped
public class JpaScheduledRuns implements ScheduledRuns {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public boolean claim(String job, LocalDate day, String instance, Instant at) {
        Number claimed = (Number) entityManager.createNativeQuery(
                        "SELECT COUNT(*) FROM scheduled_run WHERE job = ? AND run_day = ?")
                .setParameter(1, job).setParameter(2, Date.valueOf(day)).getSingleResult();
        if (claimed.intValue() > 0) {
            return false;
        }
        entityManager.createNativeQuery("INSERT INTO scheduled_run (job, run_day, instance, claimed_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, Date.valueOf(day)).setParameter(3, instance)
                .setParameter(4, Timestamp.from(at)).executeUpdate();
        return true;
    }
}
