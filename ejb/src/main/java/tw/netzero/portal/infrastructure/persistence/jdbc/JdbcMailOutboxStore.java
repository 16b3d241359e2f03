package tw.netzero.portal.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.application.mail.MailOutboxStore;
import tw.netzero.portal.application.mail.OutboxMail;

/**
 * Table {@code mail_outbox} (V29) with plain JDBC on the JTA data source (decision 0028): an added
 * mail commits or rolls back with the caller's transaction; claims and results are written outside
 * any transaction (the delivery runs without one), each statement committed at once.
 */
@ApplicationScoped
public class JdbcMailOutboxStore implements MailOutboxStore {

    private static final String INSERT = "INSERT INTO mail_outbox (recipient, subject, body, created_at_ms, attempts,"
            + " next_attempt_at_ms) VALUES (?, ?, ?, ?, 0, ?)";
    private static final String DUE = "SELECT id FROM mail_outbox WHERE sent_at_ms IS NULL AND next_attempt_at_ms <= ?"
            + " AND (claimed_until_ms IS NULL OR claimed_until_ms < ?) ORDER BY id";
    private static final String CLAIM = "UPDATE mail_outbox SET claimed_until_ms = ? WHERE id = ? AND sent_at_ms IS NULL"
            + " AND (claimed_until_ms IS NULL OR claimed_until_ms < ?)";
    private static final String READ = "SELECT recipient, subject, body, attempts FROM mail_outbox WHERE id = ?";
    private static final String SENT = "UPDATE mail_outbox SET sent_at_ms = ?, claimed_until_ms = NULL, last_error = NULL"
            + " WHERE id = ? AND sent_at_ms IS NULL";
    private static final String FAILED = "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at_ms = ?,"
            + " claimed_until_ms = NULL, last_error = ? WHERE id = ? AND sent_at_ms IS NULL";
    private static final int ERROR_LENGTH = 1000;

    @Override
    public long add(String to, String subject, String body, long nowMs) {
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, to);
            insert.setString(2, subject);
            insert.setString(3, body);
            insert.setLong(4, nowMs);
            insert.setLong(5, nowMs);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep a mail to " + to + " in the outbox", e);
        }
    }

    @Override
    public List<Long> due(long nowMs, int limit) {
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement select = connection.prepareStatement(DUE)) {
            select.setLong(1, nowMs);
            select.setLong(2, nowMs);
            select.setMaxRows(limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mail outbox", e);
        }
    }

    @Override
    public Optional<OutboxMail> claim(long id, long nowMs, long claimedUntilMs) {
        try (Connection connection = PortalDataSource.get().getConnection()) {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setLong(1, claimedUntilMs);
                claim.setLong(2, id);
                claim.setLong(3, nowMs);
                if (claim.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setLong(1, id);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    return Optional.of(new OutboxMail(id, row.getString(1), row.getString(2), row.getString(3), row.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim outbox mail " + id, e);
        }
    }

    @Override
    public void sent(long id, long nowMs) {
        update(SENT, id, nowMs, null);
    }

    @Override
    public void failed(long id, long nextAttemptMs, String error) {
        update(FAILED, id, nextAttemptMs, error == null ? "" : error.substring(0, Math.min(error.length(), ERROR_LENGTH)));
    }

    private static void update(String sql, long id, long time, String error) {
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            update.setLong(index++, time);
            if (error != null) {
                update.setString(index++, error);
            }
            update.setLong(index, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the outcome of outbox mail " + id, e);
        }
    }
}
