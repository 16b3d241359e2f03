package tw.netzero.portal.domain.model.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed logins slow an account down: a <em>progressive delay</em>, not a lock.
 *
 * <ul>
 * <li>Failures count only while they keep coming: a failure more than {@link #WINDOW} after the
 *     previous one starts the count again at one (a sliding window from the last failure).</li>
 * <li>After {@link #FREE_FAILURES} failures in a row the next password is checked only once
 *     {@link #delayAfter(int)} has passed since the last failure: {@link #FIRST_DELAY}, doubling per
 *     further failure, at most {@link #LONGEST_DELAY}.</li>
 * <li>Attempts during the delay are answered like a wrong password without the password being
 *     checked; they are not counted and do not extend the delay.</li>
 * <li>Once the delay has passed the password is checked, and the right one always signs in.</li>
 * </ul>
 *
 * <p>Why a short, capped delay rather than the former lock (30 s doubling to 15 min, renewed by
 * any failure after it ran out): at the 15-minute cap about four well-timed requests an hour kept
 * the owner out for good, and the owner could do nothing but wait. Now nothing an attacker does
 * makes the owner wait more than {@link #LONGEST_DELAY} after the attacker's last counted guess;
 * keeping every owner attempt inside a delay takes a guess precisely every minute, without a
 * pause, from the per-source and global limits of the web tier, and the owner is e-mailed
 * ({@link #NOTICE_AFTER}). Guessing stays slow: at the cap at most 60 guesses an hour reach the
 * password check (OWASP ASVS 4.0 2.2.1 allows 100), plus the free ones and the few before the cap.
 */
public final class LoginThrottle {

    /** Failures in a row that are not delayed (typing mistakes). */
    public static final int FREE_FAILURES = 3;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    public static final Duration LONGEST_DELAY = Duration.ofSeconds(60);
    /** A failure this long after the previous one counts as the first again. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Failures in a row after which the account's owner is e-mailed. */
    public static final int NOTICE_AFTER = 10;
    /** At most one such e-mail per account in this time. */
    public static final Duration NOTICE_INTERVAL = Duration.ofHours(24);

    private LoginThrottle() {
    }

    /** The failures in a row that still count at {@code now}, given those counted so far and the last one's time. */
    public static int failuresCountingAt(int counted, Instant lastFailure, Instant now) {
        if (lastFailure == null || counted <= 0 || !now.isBefore(lastFailure.plus(WINDOW))) {
            return 0;
        }
        return counted;
    }

    /** How long after the last of {@code failures} failures in a row the next password is checked. */
    public static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Whether a password attempt at {@code now} must wait (answered without checking the password). */
    public static boolean isDelayed(int counted, Instant lastFailure, Instant now) {
        int failures = failuresCountingAt(counted, lastFailure, now);
        return failures > 0 && now.isBefore(lastFailure.plus(delayAfter(failures)));
    }

    /** Whether the owner is to be e-mailed now that failures in a row have reached {@code failures}. */
    public static boolean isNoticeDue(int failures, Instant lastNotice, Instant now) {
        return failures >= NOTICE_AFTER && (lastNotice == null || !now.isBefore(lastNotice.plus(NOTICE_INTERVAL)));
    }
}
