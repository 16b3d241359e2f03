package tw.netzero.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import tw.netzero.portal.application.settings.PortalSettings;

/**
 * Gives every new session the idle timeout of {@code portal.session.idle-minutes} (30 by default).
 * A setting, not web.xml's {@code <session-timeout>}: the soak runs the same EAR with 2 minutes to
 * see its sessions end (docs/operations.md). Set on each session, which the container honours
 * whatever its own default, on one server as on a deployment group.
 */
@WebListener
public class SessionIdleTimeout implements HttpSessionListener {

    @Inject
    private PortalSettings settings;

    public SessionIdleTimeout() {
    }

    SessionIdleTimeout(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.toIntExact(settings.sessionIdleTimeout().toSeconds()));
    }
}
