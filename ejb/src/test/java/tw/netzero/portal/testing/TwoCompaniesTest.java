package tw.netzero.portal.testing;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An {@link InContainerTest} of services on {@link TwoCompanies}' small alliance, written afresh before
 * each test (a subclass's own {@code @BeforeEach} runs after, on top of it), with callers signed in
 * through {@link SignedIn} and signed out after each test. Deployed with
 * {@link Deployments#twoCompanies(String)}.
 */
public abstract class TwoCompaniesTest extends InContainerTest {

    @Inject
    protected SignedIn signedIn;

    @Inject
    protected TwoCompanies alliance;

    @Inject
    protected HttpServletRequest request;

    @BeforeEach
    protected final void freshTwoCompanies() throws Exception {
        alliance.reset();
    }

    @AfterEach
    protected final void signOut() throws Exception {
        request.logout();
    }

    /**
     * Signs in afresh as one of {@link TwoCompanies}' users (signing in over another user would keep
     * the first one's roles); null: nobody.
     */
    protected final void signInAs(String email) throws Exception {
        request.logout();
        if (email != null) {
            signedIn.as(email, TwoCompanies.PASSWORD);
        }
    }
}
