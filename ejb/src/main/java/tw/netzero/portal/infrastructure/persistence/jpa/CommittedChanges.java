package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import tw.netzero.portal.domain.model.account.AccountToken;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditEntry;
import tw.netzero.portal.domain.model.cycle.ReminderSent;
import tw.netzero.portal.domain.model.directory.PublicDataVersion;

/**
 * Counts committed changes of the entities public data and the alliance's figures are made of: the
 * default entity listener of the persistence unit (META-INF/orm.xml) sees every insert, update and
 * delete, and the count grows once per transaction, after it commits. Accounts, tokens, the audit
 * trail and sent reminders are left out: every sign-in writes to them, and counting those made each
 * sign-in throw away the directory and the dashboard (at 100,000 members, seconds to read again). Counting at flush would let a reader rebuild from data not yet
 * committed and keep it under the new count. Changes written around JPA (plain SQL) are not
 * seen; readers also refresh after a maximum age (docs/decisions/0009).
 */
@ApplicationScoped
public class CommittedChanges implements PublicDataVersion {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicReference<Instant> CHANGED_AT = new AtomicReference<>(Instant.now());
    private static final Object REGISTERED = CommittedChanges.class.getName();

    @Override
    public long current() {
        return COUNT.get();
    }

    @Override
    public Instant changedAt() {
        return CHANGED_AT.get();
    }

    /** Never part of what the directory, the profiles or the dashboard show. */
    private static final Set<Class<?>> NOT_PUBLIC = Set.of(UserAccount.class, AccountToken.class, AuditEntry.class,
            ReminderSent.class);

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (NOT_PUBLIC.contains(entity.getClass())) {
            return;
        }
        TransactionSynchronizationRegistry transaction = registry();
        if (transaction == null || transaction.getTransactionKey() == null) {
            count();
            return;
        }
        if (transaction.getResource(REGISTERED) == null) {
            transaction.putResource(REGISTERED, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // counted after the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        count();
                    }
                }
            });
        }
    }

    private static void count() {
        COUNT.incrementAndGet();
        CHANGED_AT.set(Instant.now());
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException outsideTheContainer) {
            return null;
        }
    }
}
