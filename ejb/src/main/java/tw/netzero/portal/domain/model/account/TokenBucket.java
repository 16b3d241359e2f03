package tw.netzero.portal.domain.model.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A token bucket: it holds at most {@code capacity} tokens, gains one every {@code interval}, and
 * each attempt takes one. Kept as the moment the bucket will be full again (equivalent to counting
 * tokens, and exact: no fractions), so an idle bucket costs nothing to refill.
 */
public final class TokenBucket {

    private final int capacity;
    private final Duration interval;
    private Instant fullAt;

    public TokenBucket(int capacity, Duration interval) {
        this(capacity, interval, null);
    }

    /** A bucket as stored: {@code fullAt} is when it is full again (null: full). */
    public TokenBucket(int capacity, Duration interval, Instant fullAt) {
        if (capacity < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("capacity " + capacity + ", interval " + interval);
        }
        this.capacity = capacity;
        this.interval = interval;
        this.fullAt = fullAt;
    }

    /** When the bucket is full again (null or past: it is full), to store it. */
    public synchronized Instant fullAt() {
        return fullAt;
    }

    /**
     * Takes a token if there is one: then answers {@link Duration#ZERO}; otherwise takes nothing
     * and answers how long until there is one.
     */
    public synchronized Duration take(Instant now) {
        Objects.requireNonNull(now, "now");
        Instant base = fullAt == null || fullAt.isBefore(now) ? now : fullAt;
        Instant fullAfterTaking = base.plus(interval);
        Instant latestAllowed = now.plus(interval.multipliedBy(capacity));
        if (fullAfterTaking.isAfter(latestAllowed)) {
            return Duration.between(latestAllowed, fullAfterTaking);
        }
        fullAt = fullAfterTaking;
        return Duration.ZERO;
    }

    /** Whether no token has been taken that is not back yet (such a bucket may be forgotten). */
    public synchronized boolean isFull(Instant now) {
        return fullAt == null || !fullAt.isAfter(now);
    }
}
