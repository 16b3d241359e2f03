package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 5 (decision 0028): the mail server is down when the portal must write to someone
 * (here the acknowledgement of a membership application, a decision notice of
 * application.review.DecisionNotices): the form still succeeds, the mail waits in the outbox and is
 * retried with back-off, and once the server is back it arrives, once.
 */
@ExtendWith(FaultEnvironment.class)
class MailOutboxFaultIT {

    private final FaultEnvironment.Environment environment = FaultEnvironment.get();

    @Test
    void aNoticeQueuedWhileTheMailServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        String downRecipient = "down@outbox-fault.example";
        HttpResponse<String> applied = apply(PortalClient.ubn("5310201"), downRecipient);
        assertTrue(applied.body().contains("applicationReceived"), "the application is taken while mail is down");

        Waiting.until(Duration.ofSeconds(60), "the acknowledgement retried at least twice, still unsent",
                () -> attempts(downRecipient) >= 2);
        assertEquals(0, sent(downRecipient), "not marked sent while the server is down");

        GreenMail smtp = new GreenMail(new ServerSetup(environment.mailPort, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            Waiting.until(Duration.ofSeconds(60), "the waiting acknowledgement arrives", () -> received(smtp, downRecipient) >= 1);
            Waiting.until(Duration.ofSeconds(10), "the outbox row marked sent", () -> sent(downRecipient) == 1);

            // A second application once the server is back is mailed right after its commit; by the time it has
            // arrived, the first still arrived only once.
            String upRecipient = "up@outbox-fault.example";
            apply(PortalClient.ubn("5310202"), upRecipient);
            Waiting.until(Duration.ofSeconds(30), "the second acknowledgement arrives", () -> received(smtp, upRecipient) == 1);
            assertEquals(1, received(smtp, downRecipient), "the first acknowledgement arrived once");
        } finally {
            smtp.stop();
        }
    }

    private HttpResponse<String> apply(String ubn, String email) throws Exception {
        PortalClient client = new PortalClient(environment.payara);
        client.get("/public/apply.xhtml?lang=en");
        return client.submit("application", application(ubn, email), "submit");
    }

    /** The fields of a complete membership application (the public form). */
    static Map<String, String> application(String ubn, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ubn", ubn);
        fields.put("nameEn", "Outbox Fault Works " + ubn);
        fields.put("nameZh", "郵件故障工程 " + ubn);
        fields.put("industryGroup_input", "CIRCULAR_ECONOMY");
        fields.put("district_input", "QIJIN");
        fields.put("name", "Lin Mei-hua");
        fields.put("email", email);
        fields.put("phone", "07-571-2345");
        fields.put("motivation", "We want to cut our emissions.");
        return fields;
    }

    private static long received(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> to(message).equals(recipient)).count();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int attempts(String recipient) {
        return number("SELECT COALESCE(MAX(attempts), 0) FROM mail_outbox WHERE recipient = ?", recipient);
    }

    private int sent(String recipient) {
        return number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND sent_at_ms IS NOT NULL", recipient);
    }

    private int number(String sql, String argument) {
        try (Connection connection = environment.database.connect();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, argument);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
