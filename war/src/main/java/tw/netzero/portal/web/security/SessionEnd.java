package tw.netzero.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets a session in {@link SignedInSessions} when it ends (sign-out, time-out, invalidation). */
@WebListener
public class SessionEnd implements HttpSessionListener {

    @Inject
    private SignedInSessions signedIn;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        signedIn.ended(event.getSession());
    }
}
