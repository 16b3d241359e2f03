package tw.netzero.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SignedInSessionsTest {

    private final SignedInSessions sessions = new SignedInSessions();

    /** A session that only knows whether it was invalidated. */
    private static HttpSession session(AtomicBoolean invalidated) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "invalidate" -> {
                        invalidated.set(true);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @Test
    void aNewPasswordEndsEverySessionOfTheAccountAndNoOther() {
        AtomicBoolean laptop = new AtomicBoolean();
        AtomicBoolean phone = new AtomicBoolean();
        AtomicBoolean colleague = new AtomicBoolean();
        sessions.signedIn("admin@nanzi.example", session(laptop));
        sessions.signedIn("Admin@Nanzi.example", session(phone));
        sessions.signedIn("member@nanzi.example", session(colleague));

        sessions.endAllOf("admin@nanzi.example");

        assertTrue(laptop.get());
        assertTrue(phone.get());
        assertFalse(colleague.get());
        assertEquals(0, sessions.count("admin@nanzi.example"));
        assertEquals(1, sessions.count("member@nanzi.example"));
    }

    @Test
    void anEndedSessionIsForgotten() {
        HttpSession signedOut = session(new AtomicBoolean());
        sessions.signedIn("admin@nanzi.example", signedOut);
        sessions.ended(signedOut);
        assertEquals(0, sessions.count("admin@nanzi.example"));
        sessions.endAllOf("nobody@nanzi.example");
    }
}
