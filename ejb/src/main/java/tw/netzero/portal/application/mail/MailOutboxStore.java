package tw.netzero.portal.application.mail;

import java.util.List;
import java.util.Optional;

/**
 * The outbox table (V29, decision 0028). {@link #add} writes in the caller's transaction; the other
 * methods are single statements committed at once, so a claim is visible to every instance.
 */
public interface MailOutboxStore {

    /** Keeps a mail to be sent, due at once; returns its id. */
    long add(String to, String subject, String body, long nowMs);

    /** Ids of unsent mails due by now and not claimed by anyone, oldest first. */
    List<Long> due(long nowMs, int limit);

    /**
     * Takes the mail for sending until {@code claimedUntilMs}, if it is unsent and nobody holds it
     * (one UPDATE: its count says who won); empty when another instance or thread has it.
     */
    Optional<OutboxMail> claim(long id, long nowMs, long claimedUntilMs);

    /** Marks a claimed mail sent (once: only while it is unsent). */
    void sent(long id, long nowMs);

    /** Releases a claimed mail after a failed attempt, due again at {@code nextAttemptMs}. */
    void failed(long id, long nextAttemptMs, String error);
}
