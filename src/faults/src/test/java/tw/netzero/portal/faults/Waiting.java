package tw.netzero.portal.faults;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, bounded, until a condition holds (never a fixed sleep). */
final class Waiting {

    private static final long POLL_MILLIS = 200;

    private Waiting() {
    }

    /** Returns how long it took; fails with {@code what} when the time is up. */
    static Duration until(Duration timeout, String what, BooleanSupplier condition) {
        return until(timeout, what, condition, () -> "");
    }

    /** The same, and the failure says what {@code state} tells of the test's state at that moment. */
    static Duration until(Duration timeout, String what, BooleanSupplier condition, Supplier<String> state) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String seen = state.get();
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what + (seen.isEmpty() ? "" : " (" + seen + ")"));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + what, e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
