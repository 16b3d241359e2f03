package tw.netzero.portal.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The outbox's back-off (decision 0028): doubling from the first delay, capped. */
class RetryDelaysTest {

    private final RetryDelays delays = new RetryDelays(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void doublesAfterEveryFailure() {
        assertEquals(Duration.ofSeconds(30), delays.after(1));
        assertEquals(Duration.ofSeconds(60), delays.after(2));
        assertEquals(Duration.ofSeconds(120), delays.after(3));
        assertEquals(Duration.ofSeconds(1920), delays.after(7));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertEquals(Duration.ofHours(1), delays.after(8));
        assertEquals(Duration.ofHours(1), delays.after(10_000));
    }

    @Test
    void refusesAFirstDelayAboveTheMaximumOrNone() {
        assertThrows(IllegalArgumentException.class, () -> new RetryDelays(Duration.ofMinutes(2), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryDelays(Duration.ZERO, Duration.ofMinutes(1)));
    }
}
