package tw.netzero.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions each account is signed in to (on this server), so that setting a new
 * password ends them all: whoever had the old password loses the sessions it opened. Sessions
 * are added at sign-in ({@link SessionSignIn}) and dropped when they end ({@link SessionEnd}).
 *
 * <p><strong>One instance only.</strong> The registry is this server instance's memory: on a Payara
 * deployment group, sessions held by another instance learn nothing of the new password and stay
 * signed in until they expire (8 hours at most, {@code SessionSignIn}). Issue 13's scale-out must
 * replace it with something every instance reads: a "password set at" time on the account,
 * compared with the session's sign-in time on each request.
 */
@ApplicationScoped
public class SignedInSessions {

    private final Map<String, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    void signedIn(String name, HttpSession session) {
        byAccount.computeIfAbsent(key(name), any -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void ended(HttpSession session) {
        byAccount.values().forEach(sessions -> sessions.remove(session));
        byAccount.values().removeIf(Set::isEmpty);
    }

    /** Ends every session of the account (its password was just set). */
    public void endAllOf(String name) {
        Set<HttpSession> sessions = byAccount.remove(key(name));
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile (sign-out, time-out): nothing left to do
            }
        }
    }

    int count(String name) {
        return byAccount.getOrDefault(key(name), Set.of()).size();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
