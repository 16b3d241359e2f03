package tw.netzero.portal.application.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances over one shared version (decision 0022): the same version gives the same directory
 * tag and time whichever instance serves it, and a change made on one is seen by the other once its
 * poll interval has passed, never before (no database read per request).
 */
class SharedDataVersionTest {

    private static final long POLL_MILLIS = 1_000;
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    /** The one row both instances read, counting how often they do. */
    private static final class Row implements DataVersionStore {
        DataVersion stored = new DataVersion(7, Instant.parse("2025-03-01T01:00:00Z"));
        int reads;
        boolean away;

        @Override
        public DataVersion read() {
            reads++;
            if (away) {
                throw new IllegalStateException("database restarting");
            }
            return stored;
        }

        final java.util.Map<Long, java.util.Set<Long>> recorded = new java.util.HashMap<>();

        @Override
        public DataVersion bump(Instant at) {
            stored = new DataVersion(stored.number() + 1,
                    at.isAfter(stored.changedAt()) ? at : stored.changedAt());
            return stored;
        }

        @Override
        public DataVersion bump(Instant at, java.util.Set<Long> members) {
            bump(at);
            recorded.put(stored.number(), members);
            return stored;
        }
    }

    private final Row row = new Row();
    private long nanos;
    private final Clock clockOne = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneOffset.UTC);
    private final Clock clockTwo = Clock.fixed(Instant.parse("2025-03-01T02:00:05Z"), ZoneOffset.UTC);
    private final SharedDataVersion one = new SharedDataVersion(row, clockOne, POLL_MILLIS, () -> nanos);
    private final SharedDataVersion two = new SharedDataVersion(row, clockTwo, POLL_MILLIS, () -> nanos);

    private static String tag(SharedDataVersion instance) {
        return MemberDirectory.dataTag(instance.version(), TODAY);
    }

    @Test
    void theSameSharedVersionGivesTheSameTagAndTimeOnEveryInstance() {
        assertEquals(tag(one), tag(two));
        assertEquals(one.changedAt(), two.changedAt());
        assertEquals("7-" + Instant.parse("2025-03-01T01:00:00Z").toEpochMilli() + "-2025-03-01", tag(one));
    }

    @Test
    void aChangeOnOneInstanceIsSeenThereAtOnceAndOnTheOtherAfterItsPollInterval() {
        String before = tag(two);
        one.changedInThisTransaction();
        assertEquals(8, one.current());
        assertEquals(clockOne.instant(), one.changedAt());

        nanos += TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS) - 1;
        assertEquals(before, tag(two));
        nanos += 1;
        assertNotEquals(before, tag(two));
        assertEquals(tag(one), tag(two));
        assertEquals(clockOne.instant(), two.changedAt());
    }

    @Test
    void readsTheRowAtMostOncePerPollInterval() {
        for (int request = 0; request < 1_000; request++) {
            two.current();
        }
        assertEquals(1, row.reads);
        nanos += TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS);
        two.current();
        assertEquals(2, row.reads);
    }

    @Test
    void whileTheDatabaseIsAwayTheLastKnownVersionIsServedAndTheRowAskedAgainEachInterval() {
        String before = tag(two);
        assertTrue(two.confirmed());
        row.away = true;
        nanos += TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS);
        assertEquals(before, tag(two), "the last known version, not an error");
        assertFalse(two.confirmed(), "what is served from it may be stale");
        assertEquals(2, row.reads);
        assertEquals(before, tag(two), "not asked again within the interval");
        assertEquals(2, row.reads);

        row.away = false;
        row.bump(Instant.parse("2025-03-01T03:00:00Z"));
        nanos += TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS);
        assertEquals(8, two.current(), "back: the row is read again");
        assertTrue(two.confirmed(), "confirmed again");
    }

    @Test
    void aChangeOfOneMemberIsRecordedWithItsBumpAnUnknownChangeWithNone() {
        one.changedInThisTransaction(42);
        one.changedInThisTransaction();
        assertEquals(java.util.Map.of(8L, java.util.Set.of(42L), 9L, java.util.Set.of()), row.recorded);
    }
}
