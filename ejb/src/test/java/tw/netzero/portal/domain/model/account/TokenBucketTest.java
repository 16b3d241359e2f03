package tw.netzero.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration SIX_SECONDS = Duration.ofSeconds(6);

    @Test
    void aFullBucketGivesItsCapacityAtOnceThenRefusesUntilTheNextTokenIsBack() {
        TokenBucket bucket = new TokenBucket(3, SIX_SECONDS);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, bucket.take(T), "token " + (i + 1));
        }
        assertEquals(SIX_SECONDS, bucket.take(T));
        assertEquals(Duration.ofNanos(1), bucket.take(T.plus(SIX_SECONDS).minusNanos(1)));
        assertEquals(Duration.ZERO, bucket.take(T.plus(SIX_SECONDS)));
        assertEquals(SIX_SECONDS, bucket.take(T.plus(SIX_SECONDS)), "one token came back, and it is taken");
    }

    @Test
    void aRefusedAttemptTakesNothing() {
        TokenBucket bucket = new TokenBucket(1, SIX_SECONDS);
        bucket.take(T);
        for (int i = 0; i < 100; i++) {
            bucket.take(T.plusSeconds(1));
        }
        assertEquals(Duration.ZERO, bucket.take(T.plus(SIX_SECONDS)), "hammering does not push the next token back");
    }

    @Test
    void anIdleBucketRefillsToItsCapacityAndNoFurther() {
        TokenBucket bucket = new TokenBucket(2, SIX_SECONDS);
        bucket.take(T);
        bucket.take(T);
        assertFalse(bucket.isFull(T.plus(SIX_SECONDS.multipliedBy(2)).minusNanos(1)));
        assertTrue(bucket.isFull(T.plus(SIX_SECONDS.multipliedBy(2))));
        Instant muchLater = T.plus(Duration.ofDays(1));
        assertEquals(Duration.ZERO, bucket.take(muchLater));
        assertEquals(Duration.ZERO, bucket.take(muchLater));
        assertEquals(SIX_SECONDS, bucket.take(muchLater));
    }

    @Test
    void refusesANonsenseSize() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, SIX_SECONDS));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, Duration.ZERO));
    }
}
