package tw.netzero.portal.application.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import tw.netzero.portal.application.settings.PortalSettings;

/**
 * Sends what waits in the outbox (decision 0028): right after the commit that queued it
 * ({@link QueuedMail}) and every ten seconds for whatever is due again. Each mail is first claimed
 * with one UPDATE (only one instance or thread wins it), then sent, then marked sent; a failure
 * releases it with the next attempt pushed back ({@link RetryDelays}). Outside any transaction: each
 * step commits on its own, so a claim is seen by the other instances at once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    /**
     * How long a claim keeps others off a mail: far beyond the SMTP timeouts (10 s to connect, 10 s
     * per read), so a mail is only taken over from an instance that died while sending it.
     */
    static final Duration CLAIM = Duration.ofMinutes(5);
    /** At most this many mails per timer run; the next run takes the rest. */
    private static final int BATCH = 200;

    @Inject
    private MailOutboxStore outbox;

    @Inject
    private MailOutbox smtp;

    @Inject
    private Clock clock;

    @Inject
    private PortalSettings settings;

    private RetryDelays delays;

    @PostConstruct
    void configure() {
        delays = new RetryDelays(settings.mailRetryFirst(), settings.mailRetryMax());
    }

    /** Not persistent: every instance runs its own, the claims keep them apart. */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "mail outbox")
    void deliverDue() {
        try {
            deliver(outbox.due(clock.millis(), BATCH));
        } catch (RuntimeException unreachable) {
            // The database is away (a restart, issue 15): the next run tries again.
            LOG.warning(() -> "Mail outbox not worked through: " + unreachable.getMessage());
        }
    }

    /** Sends the given outbox mails that are still unsent and unclaimed. */
    public void deliver(List<Long> ids) {
        for (long id : ids) {
            long now = clock.millis();
            Optional<OutboxMail> claimed = outbox.claim(id, now, now + CLAIM.toMillis());
            claimed.ifPresent(this::send);
        }
    }

    private void send(OutboxMail mail) {
        try {
            smtp.send(mail.to(), mail.subject(), mail.body());
        } catch (RuntimeException undelivered) {
            int failures = mail.attempts() + 1;
            Duration wait = delays.after(failures);
            outbox.failed(mail.id(), clock.millis() + wait.toMillis(), String.valueOf(undelivered.getMessage()));
            LOG.warning(() -> "Mail " + mail.id() + " to " + mail.to() + " not sent (attempt " + failures
                    + "), next attempt in " + wait.toSeconds() + " s: " + undelivered.getMessage());
            return;
        }
        outbox.sent(mail.id(), clock.millis());
    }
}
