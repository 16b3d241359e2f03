package tw.netzero.portal.application.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.InContainerTest;

/**
 * A scheduled job runs once a day however many instances' timers fire (decision 0052): the first claim of
 * a day goes through, a later one is refused, and of claims made at the same moment — as the timers of a
 * deployment group's instances make them at 07:00 — exactly one goes through.
 */
class DailyRunsIT extends InContainerTest {

    private static final String JOB = "daily-runs-it";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("daily-runs-it");
    }

    @Inject
    private DailyRuns dailyRuns;

    @BeforeEach
    void noRuns() throws Exception {
        transaction.begin();
        entityManager.createNativeQuery("DELETE FROM scheduled_run WHERE job LIKE '" + JOB + "%'").executeUpdate();
        transaction.commit();
    }

    @Test
    void theFirstClaimOfADayGoesThroughAndALaterOneIsRefused() {
        assertTrue(DailyRuns.claimed(dailyRuns, JOB, DAY));
        assertFalse(DailyRuns.claimed(dailyRuns, JOB, DAY), "the same day again");
        assertTrue(DailyRuns.claimed(dailyRuns, JOB, DAY.plusDays(1)), "the next day");
        assertTrue(DailyRuns.claimed(dailyRuns, JOB + " (another job)", DAY), "another job the same day");
    }

    @Test
    void ofClaimsAtTheSameMomentExactlyOneGoesThrough() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int instance = 0; instance < 6; instance++) {
            claims.add(executor.submit(() -> {
                start.await();
                return DailyRuns.claimed(dailyRuns, JOB, DAY);
            }));
        }
        start.countDown();
        int through = 0;
        for (Future<Boolean> claim : claims) {
            through += claim.get() ? 1 : 0;
        }
        assertEquals(1, through);
        assertEquals(1L, ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM scheduled_run WHERE job = '" + JOB + "'").getSingleResult()).longValue());
    }
}
