package tw.netzero.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A GreenMail SMTP server inside the test server, on the port the portal under test sends to
 * (PORTAL_MAIL_PORT, which the build sets for the managed Payara), started on first use and
 * stopped when the test deployment is undeployed, so the next test class can listen there.
 */
@ApplicationScoped
public class TestMail {

    private GreenMail smtp;

    public synchronized GreenMail server() {
        if (smtp == null) {
            String port = System.getenv().getOrDefault("PORTAL_MAIL_PORT", "3025");
            smtp = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", "smtp"));
            smtp.start();
        }
        return smtp;
    }

    @PreDestroy
    synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }
}
