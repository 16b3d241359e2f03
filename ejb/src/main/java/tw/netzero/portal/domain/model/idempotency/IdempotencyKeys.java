package tw.netzero.portal.domain.model.idempotency;

import java.time.Instant;
import java.util.Optional;

/** The answers kept per caller, key and item (0: a single request; 1..n: the filings of a batch). */
public interface IdempotencyKeys {

    /** The answer kept for the key, unless it expired before {@code now}. */
    Optional<StoredAnswer> find(String caller, IdempotencyKey key, int item, Instant now);

    /**
     * Keeps the answer in the caller's transaction, replacing an expired one under the same key.
     * A concurrent twin that stored it first makes this fail (the primary key), rolling back.
     */
    void keep(String caller, IdempotencyKey key, int item, StoredAnswer answer, Instant now, Instant expiresAt);
}
