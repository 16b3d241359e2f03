package tw.netzero.portal.application.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Values kept per member (decision 0060): dropped for the members the versions since changed, all of
 * them when the change record cannot say or cannot be read, after the maximum age and on a new day in
 * the alliance's zone; a value read across a change is not kept.
 */
class KeptPerMemberTest {

    /** Midday in Taiwan (04:00 UTC): its midnight is 16:00 UTC. */
    private static final Instant START = MovingVersion.START;
    private static final Duration MAX_AGE = Duration.ofSeconds(300);

    private static final class Shared extends MovingVersion implements DataVersionStore {
        /** The members recorded per version; a version missing here recorded none (an unknown change). */
        final Map<Long, Set<Long>> recorded = new HashMap<>();
        RuntimeException recordUnreadable;

        @Override
        public DataVersion read() {
            return version();
        }

        @Override
        public DataVersion bump(Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Set<Long>> membersChanged(long after, long upTo) {
            if (recordUnreadable != null) {
                throw recordUnreadable;
            }
            Set<Long> members = new HashSet<>();
            for (long v = after + 1; v <= upTo; v++) {
                if (!recorded.containsKey(v)) {
                    return Optional.empty();
                }
                members.addAll(recorded.get(v));
            }
            return Optional.of(members);
        }

        void changed(long... members) {
            version++;
            recorded.put(version, Arrays.stream(members).boxed().collect(Collectors.toSet()));
        }

        void changedUnknown() {
            version++;
        }
    }

    private final Shared shared = new Shared();
    private final List<String> reads = new ArrayList<>();
    private final KeptPerMember<String, String> kept = new KeptPerMember<>(3, shared, shared, shared, MAX_AGE);
    private Runnable duringRead = () -> { };

    /** Member "m1" has id 1, and so on; its value names the version it was read at. */
    private Optional<String> get(String key) {
        return get(kept, key);
    }

    private Optional<String> get(KeptPerMember<String, String> from, String key) {
        return from.get(key, k -> {
            reads.add(k);
            duringRead.run();
            return k.startsWith("m") ? Optional.of(new KeptPerMember.Read<>(Long.parseLong(k.substring(1)),
                    k + "@" + shared.version)) : Optional.empty();
        });
    }

    @Test
    void aValueIsReadOnceWhileNothingChanges() {
        assertEquals(Optional.of("m1@0"), get("m1"));
        assertEquals(Optional.of("m1@0"), get("m1"));
        assertEquals(List.of("m1"), reads);
    }

    @Test
    void aChangeOfOneMemberDropsThatMembersValueOnly() {
        get("m1");
        get("m2");
        shared.changed(2);
        assertEquals(Optional.of("m1@0"), get("m1"));
        assertEquals(Optional.of("m2@1"), get("m2"));
        assertEquals(List.of("m1", "m2", "m2"), reads);
    }

    @Test
    void everyMemberChangedOverSeveralVersionsIsDropped() {
        get("m1");
        get("m2");
        get("m3");
        shared.changed(1);
        shared.changed(3);
        get("m1");
        get("m2");
        get("m3");
        assertEquals(List.of("m1", "m2", "m3", "m1", "m3"), reads);
    }

    @Test
    void anUnknownChangeDropsEverything() {
        get("m1");
        get("m2");
        shared.changed(1);
        shared.changedUnknown();
        get("m2");
        assertEquals(List.of("m1", "m2", "m2"), reads);
    }

    @Test
    void aChangeRecordThatCannotBeReadDropsEverything() {
        get("m1");
        shared.changed(2);
        shared.recordUnreadable = new IllegalStateException("database out of reach");
        get("m1");
        assertEquals(List.of("m1", "m1"), reads);
    }

    @Test
    void everythingIsDroppedAfterTheMaximumAge() {
        get("m1");
        shared.now = START.plus(MAX_AGE).minusSeconds(1);
        get("m1");
        shared.now = START.plus(MAX_AGE);
        get("m1");
        assertEquals(List.of("m1", "m1"), reads);
    }

    @Test
    void everythingIsDroppedOnANewDayInTheAlliancesZone() {
        KeptPerMember<String, String> keptLong = new KeptPerMember<>(3, shared, shared, shared, Duration.ofDays(2));
        get(keptLong, "m1");
        shared.now = Instant.parse("2025-03-01T15:59:59Z");
        get(keptLong, "m1");
        shared.now = Instant.parse("2025-03-01T16:00:00Z"); // midnight in Taiwan
        get(keptLong, "m1");
        assertEquals(List.of("m1", "m1"), reads);
    }

    @Test
    void aValueReadAcrossAChangeIsServedButNotKept() {
        duringRead = () -> {
            duringRead = () -> { };
            shared.changed(5);
            get("m5"); // another caller sees the new version and catches up while the first still reads
        };
        assertEquals(Optional.of("m1@1"), get("m1"));
        get("m1");
        assertEquals(List.of("m1", "m5", "m1"), reads);
    }

    @Test
    void noneIsKeptForAKeyWithoutAValue() {
        assertTrue(get("applicant").isEmpty());
        assertTrue(get("applicant").isEmpty());
        assertEquals(List.of("applicant", "applicant"), reads);
        assertEquals(0, kept.size());
    }

    @Test
    void theLeastRecentlyAskedIsDroppedBeyondTheCapacity() {
        get("m1");
        get("m2");
        get("m3");
        get("m1");
        get("m4");
        assertEquals(3, kept.size());
        get("m1");
        get("m2");
        assertEquals(List.of("m1", "m2", "m3", "m4", "m2"), reads);
    }
}
