package tw.netzero.portal.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import tw.netzero.portal.domain.model.account.SignInBuckets;
import tw.netzero.portal.domain.model.account.TokenBucket;

/**
 * The sign-in token buckets in table {@code sign_in_bucket} (V23), one row per bucket. A take is one
 * {@code UPDATE} that moves the bucket's "full again at" time only if a token is left, so the check
 * and the take are one atomic step under the row's lock: concurrent takes from any instance queue on
 * the row and none is lost. The condition is {@link TokenBucket#take}'s arithmetic in SQL. Called
 * outside any transaction (autocommit, each statement its own): no lock outlives its statement, and
 * no gap lock of a "select for update" on a missing row can deadlock two first takes.
 *
 * <p>A full bucket is as good as none: when a new source's row is made, the rows of full buckets
 * are removed, so the table stays as small as the number of sources busy at once.
 */
@ApplicationScoped
public class JdbcSignInBuckets implements SignInBuckets {

    /** full_at_ms NULL or past means full; the token is taken only if the bucket then stays within its capacity. */
    private static final String TAKE = "UPDATE sign_in_bucket SET full_at_ms = GREATEST(COALESCE(full_at_ms, 0), ?) + ?"
            + " WHERE bucket_key = ? AND GREATEST(COALESCE(full_at_ms, 0), ?) + ? <= ?";
    private static final String READ = "SELECT full_at_ms FROM sign_in_bucket WHERE bucket_key = ?";
    private static final String INSERT = "INSERT INTO sign_in_bucket (bucket_key, full_at_ms) VALUES (?, ?)";
    private static final String FORGET_FULL = "DELETE FROM sign_in_bucket WHERE full_at_ms IS NULL OR full_at_ms <= ?";

    /** A take is retried this often when its row appears or changes between its statements. */
    private static final int MAX_ATTEMPTS = 5;

    /** The key column's width (V23); longer keys (IPv6 with a zone) are cut, not refused. */
    static final int KEY_MAX = 100;


    @Override
    public Duration take(String key, int capacity, Duration interval, Instant now) {
        new TokenBucket(capacity, interval); // refuses a nonsense bucket like the in-memory one
        String stored = key.length() > KEY_MAX ? key.substring(0, KEY_MAX) : key;
        long nowMillis = now.toEpochMilli();
        long intervalMillis = interval.toMillis();
        long latestAllowed = nowMillis + intervalMillis * capacity;
        try (Connection connection = PortalDataSource.get().getConnection()) {
            // Between two statements another take may make the row or move it: then take again.
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                if (taken(connection, stored, nowMillis, intervalMillis, latestAllowed)) {
                    return Duration.ZERO;
                }
                Long fullAt = fullAt(connection, stored);
                if (fullAt == null) {
                    if (inserted(connection, stored, nowMillis, nowMillis + intervalMillis)) {
                        return Duration.ZERO; // a new bucket, its first token taken
                    }
                    continue; // made meanwhile by another instance or thread
                }
                long fullAfterTaking = Math.max(fullAt, nowMillis) + intervalMillis;
                if (fullAfterTaking > latestAllowed) {
                    return Duration.ofMillis(fullAfterTaking - latestAllowed);
                }
            }
            throw new IllegalStateException("sign_in_bucket row " + stored + " kept changing");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take from sign-in bucket " + stored, e);
        }
    }

    private static boolean taken(Connection connection, String key, long now, long interval, long latestAllowed)
            throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setLong(1, now);
            take.setLong(2, interval);
            take.setString(3, key);
            take.setLong(4, now);
            take.setLong(5, interval);
            take.setLong(6, latestAllowed);
            return take.executeUpdate() == 1;
        }
    }

    /** The row's time (0 when full), or null when there is no row. */
    private static Long fullAt(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(READ)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static boolean inserted(Connection connection, String key, long now, long fullAt) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(FORGET_FULL)) {
            delete.setLong(1, now);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, key);
            insert.setLong(2, fullAt);
            insert.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException insertedMeanwhile) {
            return false;
        }
    }
}
