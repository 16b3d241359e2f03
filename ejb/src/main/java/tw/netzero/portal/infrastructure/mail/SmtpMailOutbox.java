package tw.netzero.portal.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.mail.MailOutbox;

/**
 * A Jakarta Mail session configured by the application from MicroProfile Config
 * ({@code portal.mail.host}, {@code portal.mail.port}, {@code portal.mail.from}); sending is
 * synchronous, so a failed send rolls back the change that asked for it. With
 * {@code portal.mail.transport=log} (the run command's setting, as a fresh machine has no
 * SMTP server) mails are written to the server log instead.
 */
@ApplicationScoped
public class SmtpMailOutbox implements MailOutbox {

    private static final Logger LOG = Logger.getLogger(SmtpMailOutbox.class.getName());

    @Inject
    private PortalSettings settings;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.mailHost());
        properties.put("mail.smtp.port", String.valueOf(settings.mailPort()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        session = Session.getInstance(properties);
    }

    @Override
    public void send(String to, String subject, String body) {
        if (settings.mailOnlyLogged()) {
            LOG.info(() -> "Mail (not sent, portal.mail.transport=log) to " + to + "\nSubject: " + subject + "\n\n" + body);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.mailFrom()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not send mail to " + to + " via " + settings.mailHost() + ":" + settings.mailPort(), e);
        }
    }
}
