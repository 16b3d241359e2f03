package tw.netzero.portal.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.account.SignInBuckets;

class SignInLimitsTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void eachSourceHasItsOwnLimit() {
        SignInLimits limits = new SignInLimits(SignInBuckets.inMemory(), SignInLimits.PER_SOURCE_BURST, SignInLimits.PER_SOURCE_INTERVAL,
                SignInLimits.GLOBAL_BURST, SignInLimits.GLOBAL_INTERVAL);
        for (int i = 0; i < SignInLimits.PER_SOURCE_BURST; i++) {
            assertEquals(Duration.ZERO, limits.waitBefore("203.0.113.7", T), "attempt " + (i + 1));
        }
        assertEquals(SignInLimits.PER_SOURCE_INTERVAL, limits.waitBefore("203.0.113.7", T));
        assertEquals(Duration.ZERO, limits.waitBefore("198.51.100.2", T), "another address is not affected");
        assertEquals(Duration.ZERO, limits.waitBefore("203.0.113.7", T.plus(SignInLimits.PER_SOURCE_INTERVAL)));
    }

    @Test
    void theGlobalLimitHoldsForAllSourcesTogether() {
        SignInLimits limits = new SignInLimits(SignInBuckets.inMemory(), 10, Duration.ofSeconds(6), 3, Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, limits.waitBefore("a", T));
        assertEquals(Duration.ZERO, limits.waitBefore("b", T));
        assertEquals(Duration.ZERO, limits.waitBefore("c", T));
        assertEquals(Duration.ofSeconds(1), limits.waitBefore("d", T));
        assertEquals(Duration.ZERO, limits.waitBefore("d", T.plusSeconds(1)));
    }

    @Test
    void aSourceOverItsOwnLimitTakesNothingFromTheGlobalOne() {
        SignInLimits limits = new SignInLimits(SignInBuckets.inMemory(), 1, Duration.ofMinutes(1), 2, Duration.ofMinutes(1));
        assertEquals(Duration.ZERO, limits.waitBefore("noisy", T));
        for (int i = 0; i < 50; i++) {
            assertTrue(limits.waitBefore("noisy", T).compareTo(Duration.ZERO) > 0);
        }
        assertEquals(Duration.ZERO, limits.waitBefore("quiet", T));
    }

    @Test
    void theWaitIsToldInWholeSecondsRoundedUp() {
        assertEquals(1, SignInLimits.seconds(Duration.ofMillis(1)));
        assertEquals(1, SignInLimits.seconds(Duration.ofSeconds(1)));
        assertEquals(2, SignInLimits.seconds(Duration.ofMillis(1001)));
        assertEquals(6, SignInLimits.seconds(Duration.ofSeconds(6)));
    }
}
