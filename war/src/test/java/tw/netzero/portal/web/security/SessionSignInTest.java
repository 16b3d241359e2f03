package tw.netzero.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.account.LoginService;
import tw.netzero.portal.application.account.SignInLimits;
import tw.netzero.portal.domain.model.account.SignInBuckets;

class SessionSignInTest {

    private static final Instant SIGNED_IN_AT = Instant.parse("2026-12-04T01:00:00Z");
    private static final SessionSignIn.SignedIn MEMBER =
            new SessionSignIn.SignedIn("member@example.com", Set.of("member"), SIGNED_IN_AT);

    @Test
    void aSignInLastsEightHoursHoweverActiveTheSession() {
        assertEquals(Duration.ofHours(8), SessionSignIn.MAX_LIFETIME);
        assertFalse(MEMBER.isOverAt(SIGNED_IN_AT));
        assertFalse(MEMBER.isOverAt(SIGNED_IN_AT.plus(Duration.ofMinutes(29))));
        assertFalse(MEMBER.isOverAt(Instant.parse("2026-12-04T08:59:59.999Z")));
        assertTrue(MEMBER.isOverAt(Instant.parse("2026-12-04T09:00:00Z")));
        assertTrue(MEMBER.isOverAt(SIGNED_IN_AT.plus(Duration.ofDays(3))));
    }

    @Test
    void aSessionSignedInLongerAgoIsEndedAndTheCallerSentToTheLoginPage() {
        List<String> calls = new ArrayList<>();
        var expired = new SessionSignIn.SignedIn("member@example.com", Set.of("member"),
                Instant.now().minus(SessionSignIn.MAX_LIFETIME).minusSeconds(1));

        AuthenticationStatus status = new SessionSignIn(accountKeeping(true)).validateRequest(request(expired, calls), null, context(calls));

        assertEquals(AuthenticationStatus.SEND_CONTINUE, status);
        assertEquals(List.of("invalidate", "redirect /portal" + SessionSignIn.LOGIN_PAGE), calls);
    }

    @Test
    void aSessionWithinItsLifetimeStaysSignedIn() {
        List<String> calls = new ArrayList<>();
        var recent = new SessionSignIn.SignedIn("member@example.com", Set.of("member"),
                Instant.now().minus(SessionSignIn.MAX_LIFETIME).plusSeconds(60));

        AuthenticationStatus status = new SessionSignIn(accountKeeping(true)).validateRequest(request(recent, calls), null, context(calls));

        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(List.of("signed in member@example.com [member]"), calls);
    }

    @Test
    void aSessionTheAccountNoLongerKeepsIsEndedAndTheCallerSentToTheLoginPage() {
        List<String> calls = new ArrayList<>();
        var recent = new SessionSignIn.SignedIn("member@example.com", Set.of("member"), Instant.now().minusSeconds(60));

        AuthenticationStatus status = new SessionSignIn(accountKeeping(false)).validateRequest(request(recent, calls), null, context(calls));

        assertEquals(AuthenticationStatus.SEND_CONTINUE, status);
        assertEquals(List.of("invalidate", "redirect /portal" + SessionSignIn.LOGIN_PAGE), calls);
    }

    @Test
    void aSessionStaysSignedInWhileTheAccountCannotBeRead() {
        List<String> calls = new ArrayList<>();
        var recent = new SessionSignIn.SignedIn("member@example.com", Set.of("member"), Instant.now().minusSeconds(60));
        LoginService databaseAway = new LoginService() {
            @Override
            public boolean keepsSignedIn(String email, Instant signedInAt) {
                throw new IllegalStateException("Communications link failure");
            }
        };

        AuthenticationStatus status = new SessionSignIn(databaseAway).validateRequest(request(recent, calls), null, context(calls));

        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(List.of("signed in member@example.com [member]"), calls);
    }

    /** The account's answer to "does a session signed in then stay signed in?" (decision 0036), without a database. */
    private static LoginService accountKeeping(boolean keeps) {
        return new LoginService() {
            @Override
            public boolean keepsSignedIn(String email, Instant signedInAt) {
                return keeps;
            }
        };
    }

    @Test
    void anAttemptOverTheSourcesLimitFailsWithoutTheIdentityStoreAndSaysHowLongToWait() {
        List<String> calls = new ArrayList<>();
        SignInLimits limits = new SignInLimits(SignInBuckets.inMemory(), 1, Duration.ofSeconds(6), 100, Duration.ofMillis(1));
        IdentityStoreHandler stores = proxy(IdentityStoreHandler.class, (method, args) -> {
            calls.add("identity store");
            return CredentialValidationResult.INVALID_RESULT;
        });
        SessionSignIn signIn = new SessionSignIn(limits, stores);

        AuthenticationStatus first = signIn.validateRequest(attempt("203.0.113.7", calls), null, credentialContext(calls));
        assertEquals(AuthenticationStatus.SEND_FAILURE, first);
        assertEquals(List.of("identity store", "failed"), calls);

        calls.clear();
        AuthenticationStatus second = signIn.validateRequest(attempt("203.0.113.7", calls), null, credentialContext(calls));
        assertEquals(AuthenticationStatus.SEND_FAILURE, second);
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).matches("retry after [1-6]"), calls.toString());
    }

    @Test
    void theHalfSignedInStateLastsFiveMinutes() {
        var half = new SessionSignIn.HalfSignedIn("reviewer@example.com", LoginService.SecondFactorDue.CODE, SIGNED_IN_AT);
        assertFalse(half.isOverAt(SIGNED_IN_AT.plus(SessionSignIn.SECOND_FACTOR_TIME).minusNanos(1)));
        assertTrue(half.isOverAt(SIGNED_IN_AT.plus(SessionSignIn.SECOND_FACTOR_TIME)));
        assertEquals(Duration.ofMinutes(5), SessionSignIn.SECOND_FACTOR_TIME);
    }

    @Test
    void aSessionWithOnlyThePasswordRightGrantsNoRoleAndProtectedPagesAskForTheLogin() {
        List<String> calls = new ArrayList<>();
        var half = new SessionSignIn.HalfSignedIn("reviewer@example.com", LoginService.SecondFactorDue.CODE, Instant.now());
        AuthenticationStatus status = new SessionSignIn().validateRequest(halfSignedIn(half, calls), null, context(calls));
        assertEquals(AuthenticationStatus.SEND_CONTINUE, status);
        assertEquals(List.of("redirect /portal/public/login.xhtml"), calls, "not signed in, no group");
    }

    @Test
    void aCodeAfterTheFiveMinutesFailsWithoutBeingChecked() {
        List<String> calls = new ArrayList<>();
        var stale = new SessionSignIn.HalfSignedIn("reviewer@example.com", LoginService.SecondFactorDue.CODE,
                Instant.now().minus(SessionSignIn.SECOND_FACTOR_TIME).minusSeconds(1));
        SignInLimits limits = new SignInLimits(SignInBuckets.inMemory(), 10, Duration.ofSeconds(6), 100, Duration.ofMillis(1));
        // No LoginService: checking the code would fail this test with a NullPointerException.
        SessionSignIn signIn = new SessionSignIn(limits, null);
        HttpMessageContext withCode = proxy(HttpMessageContext.class, (method, args) -> switch (method) {
            case "getAuthParameters" -> AuthenticationParameters.withParams().credential(new SecondFactorCredential("123456"));
            default -> throw new UnsupportedOperationException(method);
        });
        assertEquals(AuthenticationStatus.SEND_FAILURE, signIn.validateRequest(halfSignedIn(stale, calls), null, withCode));
        assertEquals(List.of("removed half signed in"), calls);
    }

    private static HttpServletRequest halfSignedIn(SessionSignIn.HalfSignedIn half, List<String> calls) {
        HttpSession session = proxy(HttpSession.class, (method, args) -> switch (method) {
            case "getAttribute" -> ((String) args[0]).endsWith(".halfSignedIn") ? half : null;
            case "removeAttribute" -> {
                calls.add("removed " + ((String) args[0]).replaceAll(".*\\.", "").replace("halfSignedIn", "half signed in"));
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        return proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getSession" -> session;
            case "getContextPath" -> "/portal";
            case "getRemoteAddr" -> "203.0.113.9";
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static HttpServletRequest attempt(String address, List<String> calls) {
        return proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getRemoteAddr" -> address;
            case "setAttribute" -> {
                assertEquals(SessionSignIn.RETRY_AFTER, args[0]);
                calls.add("retry after " + args[1]);
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static HttpMessageContext credentialContext(List<String> calls) {
        return proxy(HttpMessageContext.class, (method, args) -> switch (method) {
            case "getAuthParameters" -> AuthenticationParameters.withParams()
                    .credential(new UsernamePasswordCredential("member@example.com", new Password("guess")));
            case "notifyContainerAboutLogin" -> {
                calls.add("failed");
                yield AuthenticationStatus.SEND_FAILURE;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static HttpServletRequest request(SessionSignIn.SignedIn signedIn, List<String> calls) {
        HttpSession session = proxy(HttpSession.class, (method, args) -> switch (method) {
            case "getAttribute" -> signedIn;
            case "invalidate" -> {
                calls.add("invalidate");
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        return proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getSession" -> session;
            case "getContextPath" -> "/portal";
            case "getRequestURI" -> "/portal/member/home.xhtml";
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static HttpMessageContext context(List<String> calls) {
        return proxy(HttpMessageContext.class, (method, args) -> switch (method) {
            case "getAuthParameters" -> AuthenticationParameters.withParams();
            case "isProtected" -> true;
            case "redirect" -> {
                calls.add("redirect " + args[0]);
                yield AuthenticationStatus.SEND_CONTINUE;
            }
            case "notifyContainerAboutLogin" -> {
                calls.add("signed in " + args[0] + " " + args[1]);
                yield AuthenticationStatus.SUCCESS;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(SessionSignInTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
