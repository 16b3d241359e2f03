package tw.netzero.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test server's JVM, on {@code test.smtp.port}, where
 * the portal under test sends its mail. Started and stopped by each test, so test classes in
 * other deployments can have the port after it.
 */
public final class CapturedMail implements AutoCloseable {

    private final GreenMail smtp;

    private CapturedMail() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", "smtp"));
        smtp.start();
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
