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
import tw.netzero.portal.application.account.LoginService.SecondFactorDue;
import tw.netzero.portal.application.account.LoginService.SecondFactorOutcome;
import tw.netzero.portal.application.account.LoginService;
import tw.netzero.portal.application.account.SignInLimits;

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
 * (the idle timeout, 30 minutes by default, is {@link SessionIdleTimeout}'s): then the session is ended and the caller signs in
 * again, so a session taken over, or left open on a shared computer that someone keeps using, is
 * not good for ever (ASVS 3.3.2).
 *
 * <p>Every sign-in attempt first passes {@link SignInLimits} (per client address and in all); over a
 * limit it fails at once, without the identity store, and the login page says how many seconds to
 * wait ({@link #RETRY_AFTER}; also sent as {@code Retry-After}).
 *
 * <p>Two steps where a second factor is due (issue 14, item 5; {@link LoginService#secondFactorDue}):
 * the right password leaves the session <em>half signed in</em> ({@link HalfSignedIn}: the name
 * only, no group, under a fresh session id, for {@link #SECOND_FACTOR_TIME}), and the login page
 * sends the caller to the second-factor page, which hands the code back as a
 * {@link SecondFactorCredential}. Only a right code signs in. The code passes the same limits as a
 * password, and {@code LoginService} delays and counts wrong codes like wrong passwords.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/public/login.xhtml";

    /** A working day: members and reviewers need not sign in again during one. */
    static final Duration MAX_LIFETIME = Duration.ofHours(8);

    /** Request attribute: the whole seconds to wait when the attempt was over a sign-in limit. */
    static final String RETRY_AFTER = SessionSignIn.class.getName() + ".retryAfter";

    /** Time to type the code after the password; then the password is asked again. */
    static final Duration SECOND_FACTOR_TIME = Duration.ofMinutes(5);

    /** Request attribute: after the right password, what is due ({@link SecondFactorDue}). */
    static final String SECOND_FACTOR_DUE = SessionSignIn.class.getName() + ".secondFactorDue";

    /** Request attribute: the recovery codes of an enrolment just confirmed, to show once. */
    static final String NEW_RECOVERY_CODES = SessionSignIn.class.getName() + ".newRecoveryCodes";

    /** Where Faces serves style sheets, scripts and images. */
    private static final String RESOURCE_PATH = "/jakarta.faces.resource/";

    private static final String SIGNED_IN = SessionSignIn.class.getName() + ".signedIn";
    private static final String HALF_SIGNED_IN = SessionSignIn.class.getName() + ".halfSignedIn";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInLimits limits;

    @Inject
    private LoginService logins;

    public SessionSignIn() {
        // for CDI
    }

    SessionSignIn(SignInLimits limits, IdentityStoreHandler identityStores) {
        this.limits = limits;
        this.identityStores = identityStores;
    }

    SessionSignIn(LoginService logins) {
        this.logins = logins;
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
            if (credential instanceof SecondFactorCredential code) {
                return secondStep(request, context, code);
            }
            return firstStep(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
        if (signedIn != null && (signedIn.isOverAt(Instant.now()) || isSignedOutMeanwhile(request, signedIn))) {
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

    /**
     * Whether the account has had a new password or was disabled since this session signed in
     * (decision 0036): asked of the database, so it holds whichever instance set the password. Not
     * for the pages' style sheets and scripts, which show nothing of the account.
     */
    private boolean isSignedOutMeanwhile(HttpServletRequest request, SignedIn signedIn) {
        if (request.getRequestURI().contains(RESOURCE_PATH)) {
            return false;
        }
        try {
            return !logins.keepsSignedIn(signedIn.name(), signedIn.at());
        } catch (RuntimeException databaseAway) {
            // The database is away (a restart, decision 0029): the session stays signed in, the request
            // meets the outage where it reads or writes data (503, try again), and the next request asks
            // again. Signing everyone out at every restart would lose their forms.
            return false;
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus firstStep(HttpServletRequest request, HttpMessageContext context,
                                           CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        String name = result.getCallerPrincipal().getName();
        SecondFactorDue due = logins.secondFactorDue(name);
        if (due == SecondFactorDue.NONE) {
            return signIn(request, context, name, Set.copyOf(result.getCallerGroups()));
        }
        HttpSession session = request.getSession(true);
        session.removeAttribute(SIGNED_IN);
        session.setAttribute(HALF_SIGNED_IN, new HalfSignedIn(name, due, Instant.now()));
        request.changeSessionId();
        request.setAttribute(SECOND_FACTOR_DUE, due);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context,
                                            SecondFactorCredential code) {
        HalfSignedIn half = halfSignedIn(request);
        if (half == null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SecondFactorOutcome outcome = logins.attemptSecondFactor(half.name(), code.code());
        if (!outcome.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession().removeAttribute(HALF_SIGNED_IN);
        request.setAttribute(NEW_RECOVERY_CODES, outcome.newRecoveryCodes());
        return signIn(request, context, half.name(), outcome.groups());
    }

    /** The caller whose password was right and whose second factor is pending in this session, if still in time. */
    static HalfSignedIn halfSignedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        HalfSignedIn half = session == null ? null : (HalfSignedIn) session.getAttribute(HALF_SIGNED_IN);
        if (half != null && half.isOverAt(Instant.now())) {
            session.removeAttribute(HALF_SIGNED_IN);
            return null;
        }
        return half;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        String name, Set<String> groups) {
        SignedIn signedIn = new SignedIn(name, Set.copyOf(groups), Instant.now());
        HttpSession session = request.getSession(true);
        session.setAttribute(SIGNED_IN, signedIn);
        // A fresh session id at sign-in defeats session fixation.
        request.changeSessionId();
        return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
    }

    /** A caller whose password was right, with a second factor still due: no group, for {@link #SECOND_FACTOR_TIME}. */
    record HalfSignedIn(String name, SecondFactorDue due, Instant at) implements Serializable {

        boolean isOverAt(Instant now) {
            return !now.isBefore(at.plus(SECOND_FACTOR_TIME));
        }
    }

    /** Who signed in to this session, and when: the caller's name and groups. */
    record SignedIn(String name, Set<String> groups, Instant at) implements Serializable {

        /** Whether the sign-in has lasted its {@link #MAX_LIFETIME} at the given moment. */
        boolean isOverAt(Instant now) {
            return !now.isBefore(at.plus(MAX_LIFETIME));
        }
    }
}
