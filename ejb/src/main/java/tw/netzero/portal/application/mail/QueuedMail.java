package tw.netzero.portal.application.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail that must reach its reader whatever the mail server does (decision notices and reminders,
 * decision 0028): written to the outbox in the caller's transaction, so it exists exactly when the
 * change that causes it committed, and sent right after the commit; what could not be sent then is
 * retried by {@link MailDelivery}'s timer with back-off. A transaction that rolls back leaves no mail.
 */
@ApplicationScoped
public class QueuedMail {

    private static final Logger LOG = Logger.getLogger(QueuedMail.class.getName());
    /** Where the ids queued in one transaction are kept (a resource of the transaction). */
    private static final Object QUEUED_IN_TRANSACTION = QueuedMail.class.getName() + ".ids";

    @Inject
    private MailOutboxStore outbox;

    @Inject
    private MailDelivery delivery;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Queues the mail; it is sent once the current transaction commits (at once when there is none). */
    public void sendAfterCommit(String to, String subject, String body) {
        long id = outbox.add(to, subject, body, clock.millis());
        if (transactions.getTransactionKey() == null) {
            deliver(List.of(id));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Long> queued = (List<Long>) transactions.getResource(QUEUED_IN_TRANSACTION);
        if (queued == null) {
            List<Long> ids = new ArrayList<>();
            transactions.putResource(QUEUED_IN_TRANSACTION, ids);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare: the rows are written already
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        deliver(ids);
                    }
                }
            });
            queued = ids;
        }
        queued.add(id);
    }

    private void deliver(List<Long> ids) {
        try {
            delivery.deliver(ids);
        } catch (RuntimeException later) {
            // The rows are committed: the timer sends them.
            LOG.log(Level.WARNING, "Queued mail not sent after commit, left to the outbox timer", later);
        }
    }
}
