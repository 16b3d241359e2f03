package tw.netzero.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.infrastructure.persistence.jpa.StartupLock;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.InContainerTest;

/**
 * Two instances of a deployment group starting on an empty database (issue 13): each looks whether
 * the one-time work is done and does it if not. Here two transactions do that side by side, as
 * DemoData does, and each waits (a few seconds at most) for the other to have looked too before it
 * inserts: without the lock both look, see nothing, and the second insert fails on the key; with
 * it the second cannot look until the first has committed, and finds the work done.
 */
class StartupLockIT extends InContainerTest {

    private static final String WORK_DONE = "startup-lock-it";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("startup-lock-it");
    }

    @Inject
    private StartupLock startupLock;

    @Test
    void instancesStartingTogetherDoTheOneTimeWorkOnce() throws Exception {
        inTransaction(() -> entityManager.createNativeQuery("DELETE FROM startup_lock WHERE name = ?")
                .setParameter(1, WORK_DONE).executeUpdate());
        CountDownLatch bothLooked = new CountDownLatch(2);

        List<Future<Boolean>> starts = List.of(executor.submit(() -> start(bothLooked)),
                executor.submit(() -> start(bothLooked)));

        int didTheWork = 0;
        for (Future<Boolean> start : starts) {
            didTheWork += start.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, didTheWork, "one start did the work, the other found it done");
        assertEquals(1, ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM startup_lock WHERE name = ?").setParameter(1, WORK_DONE)
                .getSingleResult()).intValue());
    }

    /** One instance's start-up: whether it did the work. */
    private boolean start(CountDownLatch bothLooked) throws Exception {
        transaction.begin();
        try {
            startupLock.holdUntilTransactionEnds(StartupLock.DEMO_DATA);
            boolean done = ((Number) entityManager.createNativeQuery(
                    "SELECT COUNT(*) FROM startup_lock WHERE name = ?").setParameter(1, WORK_DONE)
                    .getSingleResult()).intValue() > 0;
            bothLooked.countDown();
            // Gives the other start every chance to look before this one inserts; with the lock it
            // cannot, and this wait simply runs out.
            bothLooked.await(3, TimeUnit.SECONDS);
            if (!done) {
                entityManager.createNativeQuery("INSERT INTO startup_lock (name) VALUES (?)")
                        .setParameter(1, WORK_DONE).executeUpdate();
            }
            transaction.commit();
            return !done;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private void inTransaction(Runnable work) throws Exception {
        transaction.begin();
        work.run();
        transaction.commit();
    }
}
