package tw.netzero.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theFreeFailuresAreNotDelayedAndTheNextOnesDoubleUpToTheCap() {
        assertEquals(Duration.ZERO, LoginThrottle.delayAfter(0));
        assertEquals(Duration.ZERO, LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES));
        assertEquals(Duration.ofSeconds(5), LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 1));
        assertEquals(Duration.ofSeconds(10), LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 2));
        assertEquals(Duration.ofSeconds(40), LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 4));
        assertEquals(LoginThrottle.LONGEST_DELAY, LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES + 5));
        assertEquals(LoginThrottle.LONGEST_DELAY, LoginThrottle.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void theDelayRunsFromTheLastFailureAndEndsExactlyWhenItHasPassed() {
        int failures = LoginThrottle.FREE_FAILURES + 1; // 5 s
        assertTrue(LoginThrottle.isDelayed(failures, T, T));
        assertTrue(LoginThrottle.isDelayed(failures, T, T.plusSeconds(5).minusNanos(1)));
        assertFalse(LoginThrottle.isDelayed(failures, T, T.plusSeconds(5)));
        assertFalse(LoginThrottle.isDelayed(LoginThrottle.FREE_FAILURES, T, T), "typing mistakes are not delayed");
        assertFalse(LoginThrottle.isDelayed(0, null, T));
    }

    @Test
    void noNumberOfFailuresMakesTheOwnerWaitLongerThanTheCap() {
        assertTrue(LoginThrottle.isDelayed(1_000_000, T, T.plus(LoginThrottle.LONGEST_DELAY).minusNanos(1)));
        assertFalse(LoginThrottle.isDelayed(1_000_000, T, T.plus(LoginThrottle.LONGEST_DELAY)));
    }

    @Test
    void failuresCountOnlyWithinTheWindowAfterThePreviousOne() {
        assertEquals(7, LoginThrottle.failuresCountingAt(7, T, T.plus(LoginThrottle.WINDOW).minusNanos(1)));
        assertEquals(0, LoginThrottle.failuresCountingAt(7, T, T.plus(LoginThrottle.WINDOW)));
        assertEquals(0, LoginThrottle.failuresCountingAt(7, null, T));
    }

    @Test
    void anAccountCountsFailuresInARowAndStartsAgainAfterAQuietWindowOrASignIn() {
        UserAccount account = UserAccount.secretariat("a@example.org", "A", Role.REVIEWER, T);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            account.recordFailedLogin(T);
        }
        assertFalse(account.isDelayed(T));
        account.recordFailedLogin(T);
        assertTrue(account.isDelayed(T.plusSeconds(4)));
        assertFalse(account.isDelayed(T.plusSeconds(5)));

        account.recordFailedLogin(T.plus(LoginThrottle.WINDOW));
        assertEquals(1, account.failedLogins(), "a quiet window starts the count again");

        account.recordFailedLogin(T.plus(LoginThrottle.WINDOW));
        account.recordSuccessfulLogin();
        assertEquals(0, account.failedLogins());
        assertFalse(account.isDelayed(T.plus(LoginThrottle.WINDOW)));
    }

    @Test
    void theOwnerIsToldOnceWhenTheFailuresReachTheThresholdThenNotForADay() {
        UserAccount account = UserAccount.secretariat("a@example.org", "A", Role.REVIEWER, T);
        for (int i = 1; i < LoginThrottle.NOTICE_AFTER; i++) {
            assertFalse(account.recordFailedLogin(T.plusSeconds(i)), "failure " + i);
        }
        assertTrue(account.recordFailedLogin(T.plusSeconds(LoginThrottle.NOTICE_AFTER)));
        assertFalse(account.recordFailedLogin(T.plusSeconds(LoginThrottle.NOTICE_AFTER + 1)), "not again at once");

        Instant noticeAt = T.plusSeconds(LoginThrottle.NOTICE_AFTER);
        assertFalse(LoginThrottle.isNoticeDue(50, noticeAt, noticeAt.plus(LoginThrottle.NOTICE_INTERVAL).minusNanos(1)));
        assertTrue(LoginThrottle.isNoticeDue(50, noticeAt, noticeAt.plus(LoginThrottle.NOTICE_INTERVAL)));
        assertFalse(LoginThrottle.isNoticeDue(LoginThrottle.NOTICE_AFTER - 1, null, T));
        assertTrue(LoginThrottle.isNoticeDue(LoginThrottle.NOTICE_AFTER, null, T));
    }
}
