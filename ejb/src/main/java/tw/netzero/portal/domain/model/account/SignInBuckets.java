package tw.netzero.portal.domain.model.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the sign-in limits' token buckets are kept. In the portal database (V23), so every instance
 * of a Deployment Group takes from the same buckets and two instances cannot each allow the full
 * budget (issue 13, item 6; decision 0022).
 */
public interface SignInBuckets {

    /**
     * Takes a token from the bucket named {@code key} (made full if new): {@link Duration#ZERO} if
     * there was one, else how long until there is one (nothing is taken). Atomic against every other
     * take of the same bucket, on any instance.
     */
    Duration take(String key, int capacity, Duration interval, Instant now);

    /** Buckets in this JVM's memory only: for unit tests and tools, never for a group of instances. */
    static SignInBuckets inMemory() {
        Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
        return (key, capacity, interval, now) ->
                buckets.computeIfAbsent(key, any -> new TokenBucket(capacity, interval)).take(now);
    }
}
