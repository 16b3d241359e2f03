package tw.netzero.portal.application.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stale-while-revalidate (decision 0026): callers get the value kept while one refresh runs, the
 * refresh is given the value kept to update (or none when everything must be read), it catches up
 * with versions committed meanwhile, and a failed refresh keeps the value and is retried later.
 * The refreshes run on an executor the test runs by hand: a refresh "in progress" is one queued.
 */
class KeptWhileRefreshedTest {

    private static final Instant START = MovingVersion.START;

    /** What each refresh was given: the version of the value to update (null: read whole) and the target. */
    private record Call(Long from, long to) {
    }

    private final MovingVersion data = new MovingVersion();
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();
    private RuntimeException failWith;
    private Runnable duringRead = () -> { };

    private KeptWhileRefreshed<String> kept(Duration wait, java.util.concurrent.Executor executor) {
        return kept(wait, executor, KeptWhileRefreshed.Pace.AT_ONCE);
    }

    private KeptWhileRefreshed<String> kept(Duration wait, java.util.concurrent.Executor executor,
                                            KeptWhileRefreshed.Pace pace) {
        return new KeptWhileRefreshed<>("test", data, data, Duration.ofSeconds(300), wait, executor, pace,
                (value, target) -> {
                    calls.add(new Call(value == null ? null : value.version(), target.number()));
                    duringRead.run();
                    if (failWith != null) {
                        throw failWith;
                    }
                    return (value == null ? "whole " : value.value() + " > ") + target.number();
                });
    }

    private final KeptWhileRefreshed<String> kept = kept(Duration.ZERO, queued::add);

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void theFirstValueIsReadWholeByTheCaller() {
        assertEquals("whole 0", kept.get());
        assertEquals(List.of(new Call(null, 0)), calls);
        assertTrue(queued.isEmpty());
    }

    @Test
    void whileARefreshRunsEveryCallerGetsTheValueKeptAtOnceAndOnlyOneRefreshIsStarted() {
        kept.get();
        data.version = 1;
        assertEquals("whole 0", kept.get(), "the previous value, without waiting");
        data.version = 2;
        assertEquals("whole 0", kept.get());
        assertEquals("whole 0", kept.get());
        assertEquals(1, queued.size(), "one refresh at a time");

        runQueued();
        assertEquals("whole 0 > 2", kept.get());
        assertEquals(List.of(new Call(null, 0), new Call(0L, 2)), calls, "updated from version 0, not read whole");
    }

    @Test
    void aRefreshGoesRoundAgainForAChangeCommittedWhileItRead() {
        kept.get();
        data.version = 1;
        kept.get();
        duringRead = () -> {
            if (data.version == 1) {
                data.version = 2;
                kept.get(); // a caller during the read notes version 2; it starts nothing
            }
        };
        runQueued();
        assertEquals(List.of(new Call(null, 0), new Call(0L, 1), new Call(1L, 2)), calls);
        assertEquals("whole 0 > 1 > 2", kept.get());
        assertTrue(queued.isEmpty());
    }

    @Test
    void aFailedRefreshKeepsTheValueAndIsTriedAgainAfterAWhile() {
        kept.get();
        data.version = 1;
        failWith = new IllegalStateException("database gone");
        kept.get();
        runQueued();
        assertEquals("whole 0", kept.get(), "the value kept is still served");
        assertTrue(queued.isEmpty(), "not retried at once");

        failWith = null;
        data.now = START.plus(KeptWhileRefreshed.RETRY_AFTER);
        assertEquals("whole 0", kept.get());
        runQueued();
        assertEquals("whole 0 > 1", kept.get());
    }

    @Test
    void afterTheMaximumAgeOrOnANewDayEverythingIsReadAgain() {
        kept.get();
        data.now = START.plusSeconds(300);
        assertEquals("whole 0", kept.get());
        runQueued();
        assertEquals("whole 0", kept.get());
        assertEquals(new Call(null, 0), calls.get(1), "a write that skipped the version: read whole");

        data.now = Instant.parse("2025-03-01T16:00:00Z"); // midnight in Taipei
        kept.get();
        runQueued();
        assertEquals(new Call(null, 0), calls.get(2));
        assertEquals(3, calls.size());
    }

    @Test
    void aCallerMayWaitABoundedTimeForTheRefresh() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            KeptWhileRefreshed<String> waiting = kept(Duration.ofSeconds(30), executor);
            waiting.get();
            data.version = 1;
            assertEquals("whole 0 > 1", waiting.get(), "waited for it");

            KeptWhileRefreshed<String> briefly = kept(Duration.ofMillis(50), executor);
            briefly.get();
            CountDownLatch release = new CountDownLatch(1);
            duringRead = () -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            data.version = 2;
            long started = System.nanoTime();
            assertEquals("whole 1", briefly.get(), "the value kept once the wait is over");
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10));
            release.countDown();
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    /** Each read takes ten seconds of the test's clock. */
    private KeptWhileRefreshed<String> resting(Duration wait) {
        duringRead = () -> data.now = data.now.plusSeconds(10);
        return kept(wait, queued::add, KeptWhileRefreshed.Pace.RESTING);
    }

    @Test
    void aRestingRefreshStartsAsLongAsTheLastReadTookAfterTheChangeWasFirstSeen() {
        KeptWhileRefreshed<String> resting = resting(Duration.ZERO);
        resting.get(); // read from 04:00:00 to 04:00:10
        data.now = START.plusSeconds(100);
        data.version = 1;
        assertEquals("whole 0", resting.get(), "first seen out of date at 04:01:40");
        data.version = 2;
        data.now = START.plusSeconds(109).plusMillis(999);
        assertEquals("whole 0", resting.get());
        assertTrue(queued.isEmpty(), "still resting: no refresh started");

        data.now = START.plusSeconds(110);
        resting.get();
        assertEquals(1, queued.size(), "ten seconds after the change was first seen");
        runQueued();
        assertEquals("whole 0 > 2", resting.get(), "both changes read by one refresh");
        assertEquals(List.of(new Call(null, 0), new Call(0L, 2)), calls);
    }

    @Test
    void aChangeSeenDuringARestingReadIsReadAfterARestFromThatReadsEnd() {
        KeptWhileRefreshed<String> resting = resting(Duration.ZERO);
        resting.get();
        data.now = START.plusSeconds(100);
        data.version = 1;
        resting.get();
        data.now = START.plusSeconds(110);
        resting.get();
        duringRead = () -> {
            data.now = data.now.plusSeconds(10);
            if (data.version == 1) {
                data.version = 2;
                resting.get(); // seen during the read, which ends at 04:02:00
            }
        };
        runQueued();
        assertEquals(List.of(new Call(null, 0), new Call(0L, 1)), calls, "no second round at once");
        data.now = START.plusSeconds(129);
        resting.get();
        assertTrue(queued.isEmpty(), "resting until 04:02:10");
        data.now = START.plusSeconds(130);
        resting.get();
        runQueued();
        assertEquals("whole 0 > 1 > 2", resting.get());
    }

    @Test
    void aCallerWhoWaitsForARestingRefreshStartsItAtOnce() {
        KeptWhileRefreshed<String> resting = resting(Duration.ofMillis(1));
        resting.get();
        data.version = 1;
        assertEquals("whole 0", resting.get(), "the refresh was not run within the millisecond");
        assertEquals(1, queued.size(), "started without a rest");
    }

    @Test
    void nothingIsKeptBeforeTheFirstRead() {
        assertNull(kept.kept());
    }
}
