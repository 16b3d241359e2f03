package tw.netzero.portal.domain.model.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a new password must satisfy (OWASP ASVS 4.0 2.1.1, 2.1.7): at least 12 characters,
 * at most 128, not only white space, at least {@value #MIN_DISTINCT_CHARACTERS} different
 * characters, not the account's e-mail address and not one of the commonly used passwords
 * shipped with the application — neither as it is, nor with digits or symbols put before or
 * after it ("Password2024!"), nor repeated ("iloveyouiloveyou"). Returns the message key of the
 * first rule broken; every key takes the same arguments ({@link #arguments()}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /**
     * Fewer different characters than this is a pattern, not a secret ("aaaaaaaaaaaa",
     * "abababababab", "12121212abab"); a passphrase of real words always has more.
     */
    public static final int MIN_DISTINCT_CHARACTERS = 5;

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /** The arguments of every message key this policy returns: minimum length, minimum distinct characters. */
    public static Object[] arguments() {
        return new Object[] {MIN_LENGTH, MIN_DISTINCT_CHARACTERS};
    }

    public Optional<String> violation(String email, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String candidate = new String(password);
        if (candidate.isBlank()) {
            return Optional.of("password.blank");
        }
        if (candidate.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("password.tooLittleVariety");
        }
        if (email != null && candidate.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("password.sameAsEmail");
        }
        if (isCommon(candidate.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }

    /** The password as it is, without padding, or the piece it repeats, is on the list. */
    private boolean isCommon(String lowerCase) {
        String core = withoutPadding(lowerCase);
        return Stream.of(lowerCase, core, repeatedUnit(lowerCase), repeatedUnit(core))
                .anyMatch(word -> !word.isEmpty() && commonPasswords.contains(word));
    }

    /** Without digits, symbols and spaces at either end ("2024!password!!" → "password"). */
    private static String withoutPadding(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The shortest piece the text is made of by repetition ("abcabc" → "abc"), else the text. */
    private static String repeatedUnit(String text) {
        int length = text.length();
        for (int unit = 1; unit <= length / 2; unit++) {
            if (length % unit == 0 && text.substring(0, length - unit).equals(text.substring(unit))) {
                return text.substring(0, unit);
            }
        }
        return text;
    }
}
