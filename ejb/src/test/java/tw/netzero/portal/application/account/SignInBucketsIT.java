package tw.netzero.portal.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.InContainerTest;
import tw.netzero.portal.testing.TestData;

/**
 * The sign-in limits' buckets are rows of the database, each take under the row's lock (decision
 * 0022): concurrent takes, as two instances would make them, never allow more than the budget. Run
 * here as concurrent transactions on one server; on a group each instance's transactions meet at
 * the same row in the same way.
 */
class SignInBucketsIT extends InContainerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule("sign-in-buckets-it");
    }

    @Inject
    private SignInLimits limits;

    @BeforeEach
    void noBuckets() throws Exception {
        transaction.begin();
        TestData.clear(entityManager);
        transaction.commit();
    }

    @Test
    void concurrentAttemptsFromOneSourceGetExactlyItsBurstAndTheRestAreToldToWait() throws Exception {
        int attempts = SignInLimits.PER_SOURCE_BURST + 6;
        List<Duration> waits = concurrently(attempts, () -> limits.waitBefore("203.0.113.7", NOW));

        assertEquals(SignInLimits.PER_SOURCE_BURST, waits.stream().filter(Duration::isZero).count());
        assertEquals(attempts - SignInLimits.PER_SOURCE_BURST, waits.stream().filter(wait -> !wait.isZero()).count());
        assertEquals(SignInLimits.PER_SOURCE_BURST, takenFromTheGlobalBucket(),
                "only the allowed ones took from the global budget");
    }

    @Test
    void concurrentAttemptsFromManySourcesShareOneGlobalBudget() throws Exception {
        int attempts = SignInLimits.GLOBAL_BURST + 8;
        List<Callable<Duration>> calls = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String source = "198.51.100." + i;
            calls.add(() -> limits.waitBefore(source, NOW));
        }
        List<Duration> waits = concurrently(calls);

        assertEquals(SignInLimits.GLOBAL_BURST, waits.stream().filter(Duration::isZero).count());
    }

    private List<Duration> concurrently(int times, Callable<Duration> call) throws Exception {
        List<Callable<Duration>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            calls.add(call);
        }
        return concurrently(calls);
    }

    /** All calls released at once, each in its own thread and transaction. */
    private List<Duration> concurrently(List<Callable<Duration>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Duration>> futures = new ArrayList<>();
        for (Callable<Duration> call : calls) {
            futures.add(executor.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Duration> waits = new ArrayList<>();
        for (Future<Duration> future : futures) {
            waits.add(future.get());
        }
        return waits;
    }

    /** How many tokens the global bucket lacks at NOW: one interval of its refill per token taken. */
    private long takenFromTheGlobalBucket() {
        Number fullAt = (Number) entityManager.createNativeQuery(
                "SELECT full_at_ms FROM sign_in_bucket WHERE bucket_key = '" + SignInLimits.GLOBAL_KEY + "'")
                .getSingleResult();
        return (fullAt.longValue() - NOW.toEpochMilli()) / SignInLimits.GLOBAL_INTERVAL.toMillis();
    }
}
