package tw.netzero.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The portal's sign-in: the login page hands the e-mail and password to
 * {@code SecurityContext.authenticate}; a valid sign-in keeps the caller's name and groups in the
 * HTTP session (under a fresh session id), and every later request of that session is signed in
 * from them, with its groups named to the container each time. Protected pages send anonymous
 * visitors to the login page; after signing in, {@code LoginView} opens the caller's home page.
 *
 * <p>Why not the built-in custom form mechanism: its {@code @AutoApplySession} hands the container
 * only the remembered principal and relies on Payara finding the groups again; under concurrent
 * requests Payara sometimes does not (payara/Payara#6145), and signed-in members got 403 on their
 * own pages (docs/decisions/0011).
 *
 * <p>A sign-in lasts at most {@link #MAX_LIFETIME} (8 hours), however active the session stays
 * (the idle timeout, 30 minutes, is web.xml's): then the session is ended and the caller signs in
 * again, so a session taken over, or left open on a shared computer that someone keeps using, is
 * not good for ever (ASVS 3.3.2).
 *
 * <p>Every sign-in attempt first passes {@link SignInLimits} (per client address and in all); over a
 * limit it fails at once, without the identity store, and the login page says how many seconds to
 * wait ({@link #RETRY_AFTER}; also sent as {@code Retry-After}).
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/public/login.xhtml";

    /** A working day: members and reviewers need not sign in again during one. */
    static final Duration MAX_LIFETIME = Duration.ofHours(8);

    /** Request attribute: the whole seconds to wait when the attempt was over a sign-in limit. */
    static final String RETRY_AFTER = SessionSignIn.class.getName() + ".retryAfter";

    private static final String SIGNED_IN = SessionSignIn.class.getName() + ".signedIn";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignedInSessions sessions;

    @Inject
    private SignInLimits limits;

    public SessionSignIn() {
        // for CDI
    }

    SessionSignIn(SignInLimits limits, IdentityStoreHandler identityStores) {
        this.limits = limits;
        this.identityStores = identityStores;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            Duration wait = limits.waitBefore(request.getRemoteAddr(), Instant.now());
            if (!wait.isZero()) {
                long seconds = SignInLimits.seconds(wait);
                request.setAttribute(RETRY_AFTER, seconds);
                if (response != null) {
                    response.setHeader("Retry-After", String.valueOf(seconds));
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
        if (signedIn != null && signedIn.isOverAt(Instant.now())) {
            session.invalidate();
            signedIn = null;
        }
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                               CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()),
                Instant.now());
        HttpSession session = request.getSession(true);
        session.setAttribute(SIGNED_IN, signedIn);
        // A fresh session id at sign-in defeats session fixation.
        request.changeSessionId();
        sessions.signedIn(signedIn.name(), session);
        return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
    }

    /** Who signed in to this session, and when: the caller's name and groups. */
    record SignedIn(String name, Set<String> groups, Instant at) implements Serializable {

        /** Whether the sign-in has lasted its {@link #MAX_LIFETIME} at the given moment. */
        boolean isOverAt(Instant now) {
            return !now.isBefore(at.plus(MAX_LIFETIME));
        }
    }
}
