package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.idempotency.IdempotencyKey;
import tw.netzero.portal.domain.model.idempotency.IdempotencyKeys;
import tw.netzero.portal.domain.model.idempotency.StoredAnswer;

/**
 * {@code api_idempotency_key} (V25) in plain SQL through the persistence unit's connection, so it
 * joins the caller's transaction without being an entity: kept answers are no public data, and the
 * default entity listener need not know them (decision 0022).
 */
@ApplicationScoped
public class JpaIdempotencyKeys implements IdempotencyKeys {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<StoredAnswer> find(String caller, IdempotencyKey key, int item, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT request_sha256, response_status, response_body"
                        + " FROM api_idempotency_key WHERE caller = ? AND idempotency_key = ? AND item = ?"
                        + " AND expires_at_ms >= ?")
                .setParameter(1, caller).setParameter(2, key.value()).setParameter(3, item)
                .setParameter(4, now.toEpochMilli())
                .getResultList();
        return rows.stream().findFirst().map(row -> new StoredAnswer(String.valueOf(row[0]).strip(),
                ((Number) row[1]).intValue(), text(row[2])));
    }

    @Override
    public void keep(String caller, IdempotencyKey key, int item, StoredAnswer answer, Instant now,
                     Instant expiresAt) {
        forgetExpired(caller, now);
        entityManager.createNativeQuery("INSERT INTO api_idempotency_key (caller, idempotency_key, item,"
                        + " request_sha256, response_status, response_body, created_at_ms, expires_at_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, caller).setParameter(2, key.value()).setParameter(3, item)
                .setParameter(4, answer.requestSha256()).setParameter(5, answer.status())
                .setParameter(6, answer.body()).setParameter(7, now.toEpochMilli())
                .setParameter(8, expiresAt.toEpochMilli())
                .executeUpdate();
    }

    /**
     * The caller's expired answers go as the caller stores new ones: no sweep needed, and a key may
     * be used again once its answer expired. Found by a plain read and deleted one primary key at a
     * time: a range DELETE over the caller's keys locked the gaps next to them too, and members
     * filing their first year at the same moment deadlocked on each other's inserts (MariaDB 1213,
     * seen by the soak, decision 0035).
     */
    private void forgetExpired(String caller, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> expired = entityManager.createNativeQuery("SELECT idempotency_key, item FROM api_idempotency_key"
                        + " WHERE caller = ? AND expires_at_ms < ?")
                .setParameter(1, caller).setParameter(2, now.toEpochMilli()).getResultList();
        for (Object[] row : expired) {
            entityManager.createNativeQuery("DELETE FROM api_idempotency_key WHERE caller = ? AND idempotency_key = ?"
                            + " AND item = ?")
                    .setParameter(1, caller).setParameter(2, row[0]).setParameter(3, row[1]).executeUpdate();
        }
    }

    /** H2 hands a TEXT column over as a Clob. */
    private static String text(Object column) {
        try {
            return column instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                    : String.valueOf(column);
        } catch (java.sql.SQLException unreadable) {
            throw new IllegalStateException("Kept answer unreadable", unreadable);
        }
    }
}
