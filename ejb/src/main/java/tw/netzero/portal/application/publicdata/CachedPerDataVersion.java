package tw.netzero.portal.application.publicdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import tw.netzero.portal.domain.model.cycle.DueDates;

/**
 * A value read from the database and served from memory until a change has been committed on any
 * instance ({@link PublicDataVersion}, shared through the database) or it is older than a maximum
 * age (a safety net for a write that skipped the version), or it was read on an earlier day in the alliance's zone (what the directory shows
 * depends on the date: a member's commitment lapses at midnight without any change being committed).
 * One caller reads at a time; callers arriving meanwhile wait for its value instead
 * of reading too. See decision 0009.
 */
final class CachedPerDataVersion<T> {

    private final PublicDataVersion dataVersion;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Kept<T> kept;

    private record Kept<T>(T value, long version, Instant readAt, LocalDate day) {
    }

    CachedPerDataVersion(PublicDataVersion dataVersion, Clock clock, Duration maxAge) {
        this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    }

    /** The kept value, or one {@code read} for the current data version (given to it) if the kept one is stale. */
    T get(Function<DataVersion, T> read) {
        DataVersion shared = dataVersion.version();
        long version = shared.number();
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
                T value = read.apply(shared);
                Instant readAt = clock.instant();
                current = new Kept<>(value, version, readAt, day(readAt));
                kept = current;
            }
            return current.value();
        }
    }

    /**
     * The day in the alliance's zone; a value read before midnight is not served after it. Every
     * instance derives the day from its own clock, so all of them move on at the same midnight
     * without telling each other, as they all read the same data version (decision 0022).
     */
    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, DueDates.ALLIANCE_ZONE);
    }

    private boolean isFresh(Kept<T> current, long version, Instant now) {
        // A value read for a later version than the caller saw is newer still: good for it too.
        return current != null && current.version() >= version && current.readAt().plus(maxAge).isAfter(now)
                && current.day().equals(day(now));
    }
}
