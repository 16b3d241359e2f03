package tw.netzero.portal.domain.model.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must satisfy (OWASP ASVS 4.0 2.1.1, 2.1.7): at least 12 characters,
 * at most 128, not the account's e-mail address and not one of the commonly used passwords
 * shipped with the application. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    public Optional<String> violation(String email, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String candidate = new String(password);
        if (email != null && candidate.equalsIgnoreCase(email.strip())) {
            return Optional.of("password.sameAsEmail");
        }
        if (commonPasswords.contains(candidate.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }
}
