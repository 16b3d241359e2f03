package tw.netzero.portal.application.publicdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.netzero.portal.domain.model.cycle.DueDates;

/**
 * A value read from the database and served from memory, refreshed in the background
 * (stale-while-revalidate, decision 0026): once public data has changed on any instance
 * ({@link PublicDataVersion}), the value is older than the maximum age (a safety net for a write that
 * skipped the version) or was read on an earlier day in the alliance's zone, the next caller starts a
 * refresh on the executor and every caller keeps getting the value kept, with its own version, until
 * the refresh is done. So no request waits for a read, however long it takes.
 *
 * <ul>
 * <li>One refresh at a time: callers arriving while one runs only note the version they saw; the
 *     refresh goes round again until it has caught up with the highest version noted.</li>
 * <li>A refresh is given the value kept and its version ({@link Refresh}), so it may update it for
 *     what changed since; it is given none (read everything) at the first read, after the maximum age
 *     and on a new day.</li>
 * <li>A refresh that fails keeps the value kept, is logged, and is tried again by the first caller
 *     after {@link #RETRY_AFTER}.</li>
 * <li>Before the first value there is nothing to serve: the first callers wait for it.</li>
 * <li>{@code wait} (default zero) lets a caller that finds the value out of date wait that long for
 *     the refresh; the end-to-end tests, which write rows with SQL and look at once, set it.</li>
 * <li>{@link Pace#RESTING}: a refresh nobody waits for starts no earlier than the last read took after
 *     the later of that read's end and the first caller that found the value out of date (decision
 *     0063). So a value that takes long to read (the alliance history at 100,000 members: 47 s and
 *     more) is read at most half the time during a stream of changes, every change of a burst is
 *     covered by one read, and the cores stay with the requests and the directory's updates; a value
 *     read in 50 ms rests 50 ms. A caller that waits ({@code wait} above zero) starts it at once.</li>
 * </ul>
 */
final class KeptWhileRefreshed<T> {

    /** A refresh that failed is not tried again before this (a database that is down is not hammered). */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /** When a refresh nobody waits for may start. */
    enum Pace {
        /** As soon as a caller finds the value out of date. */
        AT_ONCE,
        /** After a rest as long as the last read took (see the class). */
        RESTING
    }

    /** Reads the value for a data version. */
    @FunctionalInterface
    interface Refresh<T> {
        /**
         * @param kept   the value kept, with the version it shows, to update for what changed since; null
         *               when everything must be read again
         * @param target the version to read for (read before the data: a change committed meanwhile is
         *               read again next time)
         */
        T read(Kept<T> kept, DataVersion target);
    }

    /**
     * @param readWholeAt when the last refresh that read everything ended: the maximum age runs from it
     */
    record Kept<T>(T value, long version, Instant readWholeAt, LocalDate day) {
    }

    private static final Logger LOG = Logger.getLogger(KeptWhileRefreshed.class.getName());

    private final String name;
    private final PublicDataVersion dataVersion;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration wait;
    private final Executor executor;
    private final Refresh<T> refresh;
    private final Pace pace;

    private volatile Kept<T> kept;

    // Guarded by this.
    private boolean running;
    private long wanted;
    private boolean wantedWhole;
    private Instant failedAt;
    /** The last read's end and length, and when a caller first found the value out of date since. */
    private Instant lastReadEnded = Instant.MIN;
    private Duration lastReadTook = Duration.ZERO;
    private Instant noticedAt;
    /** A caller waits for the refresh: no rest. */
    private boolean hurried;
    /** Completed when the refresh round under way ends, well or not. */
    private CompletableFuture<Void> round = CompletableFuture.completedFuture(null);

    KeptWhileRefreshed(String name, PublicDataVersion dataVersion, Clock clock, Duration maxAge, Duration wait,
                       Executor executor, Refresh<T> refresh) {
        this(name, dataVersion, clock, maxAge, wait, executor, Pace.AT_ONCE, refresh);
    }

    KeptWhileRefreshed(String name, PublicDataVersion dataVersion, Clock clock, Duration maxAge, Duration wait,
                       Executor executor, Pace pace, Refresh<T> refresh) {
        this.name = Objects.requireNonNull(name, "name");
        this.dataVersion = Objects.requireNonNull(dataVersion, "dataVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.wait = Objects.requireNonNull(wait, "wait");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.pace = Objects.requireNonNull(pace, "pace");
    }

    /** The value kept; a refresh is started when it is out of date (see the class). */
    T get() {
        return get(wait);
    }

    /** As {@link #get()}, waiting at most {@code wait} for the refresh when the value is out of date. */
    T get(Duration wait) {
        DataVersion shared = dataVersion.version();
        Instant now = clock.instant();
        Kept<T> current = kept;
        if (current == null) {
            return first(shared);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (!isFresh(current, shared.number(), now)) {
            CompletableFuture<Void> refreshing = request(shared.number(), !isRecent(current, now), !wait.isZero());
            long left = deadline - System.nanoTime();
            if (left <= 0 || !await(refreshing, left) || kept == current) {
                break; // waited long enough, or the refresh failed (the value kept stays)
            }
            current = kept;
        }
        return kept.value();
    }

    /** The version of the value kept (null before the first): for tests and the log. */
    Kept<T> kept() {
        return kept;
    }

    private synchronized T first(DataVersion shared) {
        if (kept == null) {
            Instant started = clock.instant();
            T value = refresh.read(null, shared);
            Instant readAt = clock.instant();
            kept = new Kept<>(value, shared.number(), readAt, day(readAt));
            lastReadEnded = readAt;
            lastReadTook = Duration.between(started, readAt);
        }
        return kept.value();
    }

    /**
     * Notes what the caller saw; starts a refresh unless one runs, the last failed just now, or the
     * refresh rests ({@link Pace#RESTING}) and the caller does not wait for it.
     */
    private synchronized CompletableFuture<Void> request(long version, boolean whole, boolean waits) {
        wanted = Math.max(wanted, version);
        wantedWhole |= whole;
        hurried |= waits;
        Instant now = clock.instant();
        if (noticedAt == null) {
            noticedAt = now;
        }
        if (running || failedAt != null && now.isBefore(failedAt.plus(RETRY_AFTER)) || rests(now)) {
            return round;
        }
        running = true;
        hurried = false;
        round = new CompletableFuture<>();
        try {
            executor.execute(this::refreshUntilCaughtUp);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, e, () -> name + ": refresh not started, the value kept is served");
            running = false;
            failedAt = clock.instant();
            round.complete(null);
        }
        return round;
    }

    private void refreshUntilCaughtUp() {
        while (true) {
            boolean whole;
            synchronized (this) {
                whole = wantedWhole;
                wantedWhole = false;
            }
            Kept<T> from = kept;
            DataVersion target = dataVersion.version();
            Instant started = clock.instant();
            synchronized (this) {
                noticedAt = null; // what is noticed from here on is read by the next round
            }
            boolean readWhole = whole || !from.day().equals(day(started));
            CompletableFuture<Void> ended;
            try {
                T value = refresh.read(readWhole ? null : from, target);
                Instant readAt = clock.instant();
                kept = new Kept<>(value, target.number(), readWhole ? readAt : from.readWholeAt(), day(readAt));
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, e, () -> name + ": refresh for version " + target.number()
                        + " failed; version " + from.version() + " is served, tried again after " + RETRY_AFTER);
                synchronized (this) {
                    wantedWhole |= whole;
                    failedAt = clock.instant();
                    running = false;
                    ended = round;
                }
                ended.complete(null);
                return;
            }
            synchronized (this) {
                failedAt = null;
                lastReadEnded = clock.instant();
                lastReadTook = Duration.between(started, lastReadEnded);
                ended = round;
                if (wanted <= kept.version() && !wantedWhole || rests(lastReadEnded)) {
                    running = false; // caught up, or the next round waits for a caller after the rest
                } else {
                    hurried = false;
                    round = new CompletableFuture<>(); // callers waiting for this round wake up now
                }
            }
            ended.complete(null);
            synchronized (this) {
                if (!running) {
                    return;
                }
            }
        }
    }

    /** Whether a refresh nobody waits for must not start yet (guarded by this). */
    private boolean rests(Instant now) {
        if (pace == Pace.AT_ONCE || hurried) {
            return false;
        }
        Instant from = noticedAt == null || noticedAt.isBefore(lastReadEnded) ? lastReadEnded : noticedAt;
        return now.isBefore(from.plus(lastReadTook));
    }

    private static boolean await(CompletableFuture<Void> refreshing, long nanos) {
        try {
            refreshing.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean isFresh(Kept<T> current, long version, Instant now) {
        // A value read for a later version than the caller saw is newer still: good for it too.
        return current.version() >= version && isRecent(current, now);
    }

    private boolean isRecent(Kept<T> current, Instant now) {
        return current.readWholeAt().plus(maxAge).isAfter(now) && current.day().equals(day(now));
    }

    /**
     * The day in the alliance's zone; a value read before midnight is not served after it without a
     * refresh. Every instance derives the day from its own clock, so all of them move on at the same
     * midnight without telling each other, as they all read the same data version (decision 0022).
     */
    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, DueDates.ALLIANCE_ZONE);
    }
}
