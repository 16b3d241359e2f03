package tw.netzero.portal.application.publicdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Values read for one member each (its public profile) and kept until that member's public data
 * changes (decision 0060): a change of one member on any instance moves the shared
 * {@link PublicDataVersion} (decision 0022) and records the member (decision 0026); the first caller
 * here that sees the new version asks the record which members the versions since changed and drops
 * only their values. Everything is dropped when the record cannot say (a reporting cycle, the
 * settings, a write around JPA), when it cannot be read, after the maximum age (a write that skipped
 * the version) and on a new day in the alliance's zone (what is judged "today" may differ).
 *
 * <p>A value read while the version was V is kept only if nothing has been dropped since (the version
 * kept is still V): a change committed while it was read is after V, so the next catch-up drops it.
 * At most {@code capacity} values are kept, the least recently used dropped first.
 *
 * @param <K> what a value is asked by (a UBN)
 */
final class KeptPerMember<K, V> {

    /** A value read, with the member whose data it shows. */
    record Read<V>(long member, V value) {
    }

    private static final Logger LOG = Logger.getLogger(KeptPerMember.class.getName());

    private final PublicDataVersion dataVersion;
    private final DataVersionStore changes;
    private final Clock clock;
    private final Duration maxAge;

    // Guarded by this.
    private final LinkedHashMap<K, Read<V>> values;
    /** The version every value kept is valid for; -1 before the first. */
    private long version = -1;
    private Instant droppedAllAt = Instant.MIN;
    private LocalDate day = LocalDate.MIN;

    KeptPerMember(int capacity, PublicDataVersion dataVersion, DataVersionStore changes, Clock clock,
                  Duration maxAge) {
        this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Read<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for the key, or the one read now (kept when found); empty when the reader finds none. */
    Optional<V> get(K key, Function<K, Optional<Read<V>>> read) {
        long shared = dataVersion.current();
        long readFor;
        synchronized (this) {
            catchUp(shared);
            Read<V> kept = values.get(key);
            if (kept != null) {
                return Optional.of(kept.value());
            }
            readFor = version;
        }
        Optional<Read<V>> found = read.apply(key);
        found.ifPresent(value -> keep(key, value, readFor));
        return found.map(Read::value);
    }

    /** How many values are kept (for tests). */
    synchronized int size() {
        return values.size();
    }

    private synchronized void keep(K key, Read<V> value, long readFor) {
        if (version == readFor) {
            values.put(key, value);
        }
    }

    /** Drops what the versions up to {@code shared} changed (holds this). */
    private void catchUp(long shared) {
        Instant now = clock.instant();
        LocalDate today = KeptWhileRefreshed.day(now);
        if (version < 0 || shared < version || !today.equals(day) || !now.isBefore(droppedAllAt.plus(maxAge))) {
            dropAll(shared, now, today);
        } else if (shared > version) {
            Optional<Set<Long>> changed = membersChanged(shared);
            if (changed.isPresent()) {
                values.values().removeIf(value -> changed.get().contains(value.member()));
                version = shared;
            } else {
                dropAll(shared, now, today);
            }
        }
    }

    private Optional<Set<Long>> membersChanged(long shared) {
        try {
            return changes.membersChanged(version, shared);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the change record could not be read: every value is dropped", e);
            return Optional.empty();
        }
    }

    private void dropAll(long shared, Instant now, LocalDate today) {
        values.clear();
        version = shared;
        droppedAllAt = now;
        day = today;
    }
}
