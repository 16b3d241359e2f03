package tw.netzero.portal.testing;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.infrastructure.security.Pbkdf2PasswordHashing;

/**
 * A stored password hash for the in-container tests' fixture accounts, made by Jakarta Security's
 * {@link Pbkdf2PasswordHash} with the portal's parameters but {@value #ITERATIONS} iterations instead of
 * 210,000. The iterations are stored in the hash and verification uses them, so the real identity
 * store signs these accounts in at a fraction of the cost: the access matrix signs in 729 times, a
 * third of its time at full strength (130 s, now 86 s; docs/performance.md). What the portal stores
 * for a real password is tested on its own ({@code LoginServiceIT}).
 */
final class FixturePasswordHash {

    /** The least Jakarta Security's implementation (Soteria) accepts, and its default. */
    static final int ITERATIONS = 1_024;

    private FixturePasswordHash() {
    }

    /**
     * A hash of {@code password} that {@code hashing} accepts; fails the fixture at once if it would not.
     *
     * @param pbkdf2 an instance of the fixture's own ({@code @Dependent}: the portal's keeps its parameters)
     */
    static String of(String password, Pbkdf2PasswordHash pbkdf2, PasswordHashing hashing) {
        pbkdf2.initialize(Pbkdf2PasswordHashing.parameters(ITERATIONS));
        String stored = pbkdf2.generate(password.toCharArray());
        if (!hashing.verify(password.toCharArray(), stored)) {
            throw new IllegalStateException("The portal's hashing no longer accepts the fixture's hash");
        }
        return stored;
    }
}
