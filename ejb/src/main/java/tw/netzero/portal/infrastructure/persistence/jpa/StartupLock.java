package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lets instances that start at the same time on one database take turns at one-time work
 * (issue 13, decision 0023): "nothing there yet, so insert" is only safe while one instance looks
 * and inserts at a time. The lock is a row of {@code startup_lock} (migration V24), locked with
 * {@code SELECT ... FOR UPDATE} until the caller's transaction ends; a second instance waits there
 * (at most the database's lock wait timeout, 50 s by default on MariaDB), then finds the work done.
 */
@ApplicationScoped
public class StartupLock {

    /** The demo data loaded into an empty database (DemoData). */
    public static final String DEMO_DATA = "demo-data";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    /** Waits until no other transaction holds the named lock, then holds it until this transaction ends. */
    public void holdUntilTransactionEnds(String name) {
        if (entityManager.createNativeQuery("SELECT name FROM startup_lock WHERE name = ? FOR UPDATE")
                .setParameter(1, name).getResultList().isEmpty()) {
            throw new IllegalStateException("No start-up lock named " + name + " (migration V24 adds them)");
        }
    }
}
