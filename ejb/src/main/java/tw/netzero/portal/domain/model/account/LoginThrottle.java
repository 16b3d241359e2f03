package tw.netzero.portal.domain.model.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed logins slow an account down. From the third consecutive failure the account is
 * locked for a while that doubles with each further failure (30 s, 1 min, 2 min, ...) up to
 * 15 minutes. A lock always expires, and a successful login or a password reset clears the
 * count, so an attacker can slow a user down but never lock them out for good.
 *
 * <p>OWASP ASVS 4.0 2.2.1 asks that no more than 100 failed attempts per hour be possible
 * on one account; at the 15-minute cap at most 4 attempts per hour get through, plus the
 * handful before the cap is reached.
 */
public final class LoginThrottle {

    /** Failures tolerated before the first lock. */
    public static final int FREE_FAILURES = 2;
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** Until when an account with this many consecutive failures, the last at {@code lastFailure}, is locked. */
    public static Instant lockedUntil(int consecutiveFailures, Instant lastFailure) {
        if (consecutiveFailures <= FREE_FAILURES) {
            return null;
        }
        int doublings = Math.min(consecutiveFailures - FREE_FAILURES - 1, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lastFailure.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
}
