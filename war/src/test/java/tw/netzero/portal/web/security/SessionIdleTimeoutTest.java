package tw.netzero.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.settings.PortalSettings;

class SessionIdleTimeoutTest {

    @Test
    void aNewSessionEndsAfterTheConfiguredIdleTime() {
        List<Object> intervals = new ArrayList<>();
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("setMaxInactiveInterval")) {
                        intervals.add(arguments[0]);
                    }
                    return null;
                });
        PortalSettings twoMinutes = new PortalSettings() {
            @Override
            public Duration sessionIdleTimeout() {
                return Duration.ofMinutes(2);
            }
        };

        new SessionIdleTimeout(twoMinutes).sessionCreated(new HttpSessionEvent(session));

        assertEquals(List.of(120), intervals);
    }
}
