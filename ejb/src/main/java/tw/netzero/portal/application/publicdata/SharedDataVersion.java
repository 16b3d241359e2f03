package tw.netzero.portal.application.publicdata;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import tw.netzero.portal.application.settings.PortalSettings;

/**
 * The one owner of "public data changed" (decision 0022). The version lives in the database
 * ({@link DataVersionStore}), so every instance of the portal serves the same version, hence the same
 * ETag and Last-Modified.
 *
 * <ul>
 * <li><b>Writing</b>: {@link #changedInThisTransaction()} bumps the shared version once per
 *     transaction, as the transaction completes (an interposed synchronization's
 *     {@code beforeCompletion}, after EclipseLink has written its changes), in that same transaction:
 *     the change and the new version commit together or not at all, and a rolled-back change leaves
 *     the version alone. The JPA entity listener {@link PublicDataChanges} calls it for every public
 *     entity written through JPA; a write around JPA (plain SQL) must call it itself.</li>
 * <li><b>Reading</b>: {@link #current()} and {@link #changedAt()} answer from memory and read the row
 *     again at most every {@code portal.public-data.version-poll-millis} (default 1,000 ms). A change
 *     committed on another instance is therefore seen here within that interval plus one read of a
 *     one-row table (issue 13 asks for 2 s); a change committed on this instance is seen at once
 *     (after its commit). One caller reads the row at a time; the others meanwhile answer with the
 *     version read before, so a slow database never queues requests here.</li>
 * <li><b>Which members</b> (decision 0026): a change the caller can pin on members
 *     ({@link #changedInThisTransaction(long)}) is recorded with the bump, so instances can update
 *     their snapshot for those members only; one it cannot ({@link #changedInThisTransaction()})
 *     makes the whole transaction an unknown change, recorded as none: readers read everything.</li>
 * </ul>
 */
@ApplicationScoped
public class SharedDataVersion implements PublicDataVersion {

    /** Reads the row at most this often: bounds how late another instance's change is seen. */
    public static final long DEFAULT_POLL_MILLIS = 1_000;

    private static final Logger LOG = Logger.getLogger(SharedDataVersion.class.getName());
    private static final Object BUMP_REGISTERED = SharedDataVersion.class.getName() + ".bump";

    @Inject
    private DataVersionStore store;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private PortalSettings settings;

    private long pollMillis;

    private LongSupplier nanoTime = System::nanoTime;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Seen seen;
    /** Whether the last read of the row failed (see {@link #confirmed()}). */
    private volatile boolean lastReadFailed;

    private record Seen(DataVersion version, long readAtNanos) {
    }

    public SharedDataVersion() {
        // for CDI
    }

    @PostConstruct
    void configure() {
        pollMillis = settings.publicDataVersionPollMillis();
    }

    /** For unit tests: a store, a clock and a nanosecond ticker of the test's own. */
    SharedDataVersion(DataVersionStore store, Clock clock, long pollMillis, LongSupplier nanoTime) {
        this.store = store;
        this.clock = clock;
        this.pollMillis = pollMillis;
        this.nanoTime = nanoTime;
    }

    /** The shared version as this instance knows it: at most the poll interval old. */
    @Override
    public DataVersion version() {
        Seen known = seen;
        long now = nanoTime.getAsLong();
        if (known != null && now - known.readAtNanos() < TimeUnit.MILLISECONDS.toNanos(pollMillis)) {
            return known.version();
        }
        if (known != null && !reading.tryLock()) {
            return known.version(); // another caller is reading it right now
        }
        if (known == null) {
            reading.lock();
        }
        try {
            Seen again = seen;
            if (again != null && again != known) {
                return again.version();
            }
            DataVersion read;
            try {
                read = store.read();
                lastReadFailed = false;
            } catch (RuntimeException unreachable) {
                if (known == null) {
                    throw unreachable;
                }
                // The database is away (a restart, issue 15): public pages keep serving the last version they
                // knew, with its "data as of" time; the row is asked again after the next interval.
                LOG.warning(() -> "Public data version not read, serving version " + known.version().number()
                        + " meanwhile: " + unreachable.getMessage());
                read = known.version();
                lastReadFailed = true;
            }
            advance(read, now);
            return seen.version();
        } finally {
            reading.unlock();
        }
    }

    @Override
    public boolean confirmed() {
        return !lastReadFailed;
    }

    /**
     * Public data is changed in the current transaction: the shared version is bumped in it, once,
     * as it completes. Every write of public data that does not go through JPA (plain SQL, a bulk
     * load) must call this in its transaction; JPA writes are counted by {@link PublicDataChanges}.
     * Outside a transaction the version is bumped at once, in a transaction of the connection's own.
     */
    public void changedInThisTransaction() {
        changed(null);
    }

    /**
     * Public data of this member is changed in the current transaction: as
     * {@link #changedInThisTransaction()}, and the member is recorded with the bump (decision 0026).
     */
    public void changedInThisTransaction(long memberId) {
        changed(memberId);
    }

    /** The members a transaction changed; {@code unknown} once one change could not be pinned on members. */
    private static final class Changed {
        final Set<Long> members = new HashSet<>();
        boolean unknown;

        void add(Long member) {
            if (member == null) {
                unknown = true;
            } else {
                members.add(member);
            }
        }

        Set<Long> recorded() {
            return unknown ? Set.of() : members;
        }
    }

    private void changed(Long member) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            Changed alone = new Changed();
            alone.add(member);
            advance(store.bump(clock.instant(), alone.recorded()), nanoTime.getAsLong());
            return;
        }
        if (transactions.getResource(BUMP_REGISTERED) instanceof Changed registered) {
            registered.add(member);
            return;
        }
        Changed changed = new Changed();
        changed.add(member);
        transactions.putResource(BUMP_REGISTERED, changed);
        transactions.registerInterposedSynchronization(new Synchronization() {
            private DataVersion bumped;

            @Override
            public void beforeCompletion() {
                // Last in the transaction: the row's lock is held only until the commit right after.
                if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                    bumped = store.bump(clock.instant(), changed.recorded());
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED && bumped != null) {
                    advance(bumped, nanoTime.getAsLong());
                }
            }
        });
    }

    /** Versions only move forward: an older read arriving late never hides a newer bump. */
    private synchronized void advance(DataVersion version, long readAtNanos) {
        Seen known = seen;
        if (known == null || version.number() >= known.version().number()) {
            seen = new Seen(version, readAtNanos);
        } else {
            seen = new Seen(known.version(), readAtNanos);
        }
    }
}
