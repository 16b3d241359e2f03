package tw.netzero.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238 appendix B: the SHA-1 secret "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant T = Instant.parse("2026-12-04T10:00:10Z");

    @Test
    void computesTheCodesOfRfc6238AppendixB() {
        // The appendix lists eight digits; six-digit codes are their last six.
        assertEquals("287082", TotpCodes.codeFor(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", TotpCodes.codeFor(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(1111111109))));
        assertEquals("279037", TotpCodes.codeFor(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void acceptsTheCodesOfOneStepBeforeAndAfterNow() {
        long now = TotpCodes.stepAt(T);
        for (long step = now - 1; step <= now + 1; step++) {
            assertEquals(OptionalLong.of(step), TotpCodes.acceptedStep(RFC_SECRET, TotpCodes.codeFor(RFC_SECRET, step), T, null));
        }
    }

    @Test
    void refusesCodesTwoStepsAway() {
        long now = TotpCodes.stepAt(T);
        assertTrue(TotpCodes.acceptedStep(RFC_SECRET, TotpCodes.codeFor(RFC_SECRET, now - 2), T, null).isEmpty());
        assertTrue(TotpCodes.acceptedStep(RFC_SECRET, TotpCodes.codeFor(RFC_SECRET, now + 2), T, null).isEmpty());
    }

    @Test
    void refusesAReplayedCodeAndOneOlderThanTheLastAccepted() {
        long now = TotpCodes.stepAt(T);
        String code = TotpCodes.codeFor(RFC_SECRET, now);
        assertTrue(TotpCodes.acceptedStep(RFC_SECRET, code, T, now).isEmpty());
        assertTrue(TotpCodes.acceptedStep(RFC_SECRET, TotpCodes.codeFor(RFC_SECRET, now - 1), T, now).isEmpty());
        assertEquals(OptionalLong.of(now + 1),
                TotpCodes.acceptedStep(RFC_SECRET, TotpCodes.codeFor(RFC_SECRET, now + 1), T, now));
    }

    @Test
    void refusesWhatIsNotSixDigitsButToleratesSpaces() {
        long now = TotpCodes.stepAt(T);
        String code = TotpCodes.codeFor(RFC_SECRET, now);
        assertEquals(OptionalLong.of(now), TotpCodes.acceptedStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), T, null));
        assertTrue(TotpCodes.acceptedStep(RFC_SECRET, code.substring(1), T, null).isEmpty());
        assertTrue(TotpCodes.acceptedStep(RFC_SECRET, null, T, null).isEmpty());
        assertTrue(TotpCodes.acceptedStep(RFC_SECRET, "abcdef", T, null).isEmpty());
    }

    @Test
    void newSecretsAre160BitsOfBase32() {
        String secret = TotpCodes.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
    }
}
