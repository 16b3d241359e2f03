package tw.netzero.portal.testing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.infrastructure.security.Pbkdf2PasswordHashing;

/**
 * A stored password hash for the in-container tests' fixture accounts, in the portal's own format
 * ({@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>}) but with {@value #ITERATIONS} iterations
 * instead of the portal's 210,000. Jakarta Security verifies with the iterations a stored hash names,
 * so the real identity store signs these accounts in at a fraction of the cost: the access matrix
 * signs in 729 times, a third of its time at full strength (130 s, now 86 s; docs/performance.md). What
 * the portal stores for a real password is tested on its own ({@code LoginServiceIT}).
 */
final class FixturePasswordHash {

    static final int ITERATIONS = 1_000;

    private FixturePasswordHash() {
    }

    /** A hash of {@code password} that {@code hashing} accepts; fails the fixture at once if it would not. */
    static String of(String password, PasswordHashing hashing) {
        byte[] salt = new byte[Pbkdf2PasswordHashing.SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance(Pbkdf2PasswordHashing.ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS,
                            Pbkdf2PasswordHashing.KEY_BYTES * 8))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            String stored = Pbkdf2PasswordHashing.ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt)
                    + ":" + base64.encodeToString(hash);
            if (!hashing.verify(password.toCharArray(), stored)) {
                throw new IllegalStateException("The portal's hashing no longer accepts the fixture's hash format");
            }
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
