package tw.netzero.portal.application.mail;

/** A mail waiting in the outbox: its row id, what it says and how often sending it has failed. */
public record OutboxMail(long id, String to, String subject, String body, int attempts) {
}
