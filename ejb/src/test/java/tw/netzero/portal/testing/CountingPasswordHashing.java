package tw.netzero.portal.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicInteger;
import tw.netzero.portal.domain.model.account.PasswordHashing;
import tw.netzero.portal.infrastructure.security.Pbkdf2PasswordHashing;

/**
 * The real PBKDF2 hashing, counting its verifications: a test sees that a path did the work of
 * checking a password without timing it. Enabled in the deployments that add this class.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class CountingPasswordHashing implements PasswordHashing {

    @Inject
    private Pbkdf2PasswordHashing pbkdf2;

    private final AtomicInteger verifications = new AtomicInteger();

    @Override
    public String hash(char[] password) {
        return pbkdf2.hash(password);
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        verifications.incrementAndGet();
        return pbkdf2.verify(password, storedHash);
    }

    /** Verifications since the last call, then starts counting again. */
    public int takeVerifications() {
        return verifications.getAndSet(0);
    }
}
