package tw.netzero.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test server's JVM, on the port the portal under test
 * sends its mail to ({@link #port()}). Started and stopped by each test, so test classes in
 * other deployments can have the port after it.
 */
public final class CapturedMail implements AutoCloseable {

    private final GreenMail smtp;

    private CapturedMail() {
        smtp = new GreenMail(new ServerSetup(port(), "127.0.0.1", "smtp"));
        smtp.start();
    }

    /**
     * The server's own mail port ({@code PORTAL_MAIL_PORT}, set by the build for the test
     * server): inside the container the client's {@code test.smtp.port} property is not set.
     */
    public static int port() {
        String serverPort = System.getenv("PORTAL_MAIL_PORT");
        return serverPort != null ? Integer.parseInt(serverPort) : Integer.getInteger("test.smtp.port", 3025);
    }

    public static CapturedMail start() {
        return new CapturedMail();
    }

    /** A received mail: its first recipient, subject and (decoded) text. */
    public record Mail(String to, String subject, String body) {
    }

    /** Every mail received so far, then forgets them. */
    public List<Mail> take() throws Exception {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            mails.add(new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
                    String.valueOf(message.getContent())));
        }
        smtp.purgeEmailFromAllMailboxes();
        return mails;
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
