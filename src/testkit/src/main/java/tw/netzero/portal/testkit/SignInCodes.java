package tw.netzero.portal.testkit;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sign-in codes (RFC 6238: SHA-1, six digits, 30-second steps) computed from a secret, as an
 * authenticator app would. The portal accepts each step's code once and the next step's early, so
 * a test that signs in twice within a step gets the next step's code; a third sign-in waits until
 * that code's step is the current one or the one before (the portal's allowed drift). Shared by
 * the end-to-end tests and the soak (its reviewers sign in with the demo secrets).
 */
public final class SignInCodes {

    private static final int STEP_SECONDS = 30;
    private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    /** The last step used per secret by this test run. */
    private static final Map<String, Long> LAST_USED = new HashMap<>();

    private SignInCodes() {
    }

    /**
     * Forgets the steps used: each deployment of the portal starts on an emptied database with the
     * demo data, where no code has been used yet ({@code user_account.totp_last_step} empty), so the
     * first sign-in of a test class need not wait for a step the previous class's portal had seen.
     */
    public static synchronized void forgetUsedSteps() {
        LAST_USED.clear();
    }

    public static synchronized String next(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("This demo user has no second factor");
        }
        long current = currentStep();
        long step = Math.max(current, LAST_USED.getOrDefault(secret, Long.MIN_VALUE) + 1);
        // The step's code is accepted once it is at most one step ahead: at most a step (30 s) away.
        long started = System.currentTimeMillis();
        long deadline = started + 2_000L * STEP_SECONDS;
        while (step > currentStep() + 1) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("No usable sign-in code within " + 2 * STEP_SECONDS + " s");
            }
            sleepMillis(100);
        }
        if (System.currentTimeMillis() - started > 1_000) {
            // Shown in the test's output: where the test run's time goes (docs/performance.md).
            System.out.printf("Waited %d ms for an unused sign-in code step%n", System.currentTimeMillis() - started);
        }
        LAST_USED.put(secret, step);
        return codeAt(secret, step);
    }

    /** The code of the current step, whether or not it was used (for tests of replay). */
    public static String current(String secret) {
        return codeAt(secret, currentStep());
    }

    private static String codeAt(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long currentStep() {
        return System.currentTimeMillis() / 1000 / STEP_SECONDS;
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
