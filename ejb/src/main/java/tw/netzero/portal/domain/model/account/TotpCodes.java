package tw.netzero.portal.domain.model.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits,
 * a new code every 30 seconds (the RFC's defaults, which every common app uses), computed by the
 * {@code dev.samstevens.totp} library.
 *
 * <p>A code is accepted for the current time step and the steps just before and after it
 * ({@link #ALLOWED_DRIFT_STEPS}), and only for a step later than the last one accepted for the
 * account: a code, once used, is never accepted again, nor is an older one (RFC 6238 section 5.2).
 */
public final class TotpCodes {

    /** RFC 6238 section 4.1: the time step X, 30 seconds by default. */
    public static final int STEP_SECONDS = 30;
    /** RFC 4226 section 5.3: six digits (what authenticator apps show). */
    public static final int DIGITS = 6;
    /** RFC 6238 section 5.2 recommends at most one step of allowed network and clock delay. */
    public static final int ALLOWED_DRIFT_STEPS = 1;
    /** RFC 4226 section 4, R6: a shared secret of at least 128 bits, 160 recommended: 32 Base32 characters. */
    public static final int SECRET_BASE32_CHARACTERS = 32;

    private static final CodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private TotpCodes() {
    }

    /** A new random shared secret, Base32 as authenticator apps take it. */
    public static String newSecret() {
        return new DefaultSecretGenerator(SECRET_BASE32_CHARACTERS).generate();
    }

    /** The time step of an instant: whole {@link #STEP_SECONDS} since the epoch. */
    public static long stepAt(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for a time step (what an authenticator app shows during it). */
    public static String codeFor(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a one-time code", e);
        }
    }

    /**
     * The time step whose code {@code code} is, when it is within the allowed drift of {@code now}
     * and later than {@code lastAcceptedStep} (null when none was accepted yet); empty otherwise.
     */
    public static OptionalLong acceptedStep(String secret, String code, Instant now, Long lastAcceptedStep) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (secret == null || !typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            boolean unused = lastAcceptedStep == null || step > lastAcceptedStep;
            if (unused && sameText(codeFor(secret, step), typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Compares in constant time, so answer times do not tell how many digits were right. */
    private static boolean sameText(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
