package tw.netzero.portal.application.mail;

import java.time.Duration;

/**
 * How long an undelivered mail waits before the next attempt: the first delay, doubled after every
 * failure, at most the maximum (exponential back-off, so a mail server that is down for hours is
 * asked a few times an hour rather than every few seconds, and one that is back soon is used soon).
 */
public record RetryDelays(Duration first, Duration max) {

    public RetryDelays {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Retry delays need 0 < first <= max: " + first + ", " + max);
        }
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration after(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) < 0 ? delay : max;
    }
}
