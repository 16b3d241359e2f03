package tw.netzero.portal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongFunction;
import tw.netzero.portal.domain.model.directory.PublicDataVersion;

/**
 * A value read from the database and served from memory until a change has been committed
 * ({@link PublicDataVersion}) or it is older than a maximum age (changes written around JPA are
 * not counted). One caller reads at a time; callers arriving meanwhile wait for its value instead
 * of reading too. See decision 0009.
 */
final class CachedPerDataVersion<T> {

    private final PublicDataVersion dataVersion;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Kept<T> kept;

    private record Kept<T>(T value, long version, Instant readAt) {
    }

    CachedPerDataVersion(PublicDataVersion dataVersion, Clock clock, Duration maxAge) {
        this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    }

    /** The kept value, or one {@code read} for the current data version (given to it) if the kept one is stale. */
    T get(LongFunction<T> read) {
        long version = dataVersion.current();
        Instant now = clock.instant();
        Kept<T> current = kept;
        if (isFresh(current, version, now)) {
            return current.value();
        }
        synchronized (this) {
            current = kept;
            if (!isFresh(current, version, now)) {
                // The version is read before the data: a change committed meanwhile reads again next time.
                // Aged from when the read ended: a read longer than the maximum age (a large
                // alliance on a busy database) must not make every next request read again.
                T value = read.apply(version);
                current = new Kept<>(value, version, clock.instant());
                kept = current;
            }
            return current.value();
        }
    }

    private boolean isFresh(Kept<T> current, long version, Instant now) {
        // A value read for a later version than the caller saw is newer still: good for it too.
        return current != null && current.version() >= version && current.readAt().plus(maxAge).isAfter(now);
    }
}
