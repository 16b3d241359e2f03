package tw.netzero.portal.application.mail;

/** Sends e-mail to people (SMTP in infrastructure.mail). */
public interface MailOutbox {

    void send(String to, String subject, String body);
}
