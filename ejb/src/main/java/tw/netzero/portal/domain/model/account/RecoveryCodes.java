package tw.netzero.portal.domain.model.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes, used instead of an authenticator's code when the phone is lost.
 *
 * <p>{@link #COUNT} codes are made at enrolment and shown once; only their SHA-256 hashes are kept.
 * A plain hash suffices because each code carries {@link #ENTROPY_BITS} random bits: OWASP ASVS 4.0
 * 2.6.2 asks for a salted, slow hash only below 112 bits. Codes are Base32 (letters and the
 * digits 2-7), in groups of four; case, spaces and dashes do not matter when typed, and a 0, 1 or 8
 * typed for the look-alike O, I or B is read as that letter.
 */
public final class RecoveryCodes {

    /** Ten codes, as GitHub and Google give; issue 14, item 5 asks for 10. */
    public static final int COUNT = 10;
    /** ASVS 4.0 2.6.2: at least 112 bits of entropy for an unsalted hash; 24 Base32 characters give 120. */
    public static final int CHARACTERS = 24;
    public static final int ENTROPY_BITS = CHARACTERS * 5;

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** {@link #COUNT} new codes, to show to the user once. */
    public static List<String> newCodes() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < CHARACTERS; c++) {
                if (c > 0 && c % GROUP == 0) {
                    code.append('-');
                }
                code.append(BASE32[RANDOM.nextInt(BASE32.length)]);
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The hash kept for a code as typed (case, spaces and dashes ignored). */
    public static String hashOf(String typed) {
        String normal = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('0', 'O').replace('1', 'I').replace('8', 'B');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether what was typed can be a recovery code at all (a TOTP code is six digits). */
    public static boolean looksLikeOne(String typed) {
        return typed != null && typed.replaceAll("[\\s-]", "").length() == CHARACTERS;
    }
}
