package tw.netzero.portal.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import tw.netzero.portal.domain.model.account.PasswordHashing;

/**
 * PBKDF2-HMAC-SHA256 through Jakarta Security's {@link Pbkdf2PasswordHash}, with the
 * parameters set explicitly: the library's default of 1,024 iterations is far below the
 * 210,000 OWASP's Password Storage Cheat Sheet recommends for PBKDF2-HMAC-SHA256.
 * Stored as {@code PBKDF2WithHmacSHA256:210000:<salt>:<hash>} (Base64).
 */
@ApplicationScoped
public class Pbkdf2PasswordHashing implements PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 210_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 32;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(parameters(ITERATIONS));
    }

    /**
     * This class's parameters for {@link Pbkdf2PasswordHash#initialize} with {@code iterations}; the
     * tests' fixture accounts take fewer (the iterations are stored in each hash and verified by them).
     */
    public static Map<String, String> parameters(int iterations) {
        return Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password, storedHash);
    }
}
