package tw.netzero.portal.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import tw.netzero.portal.application.publicdata.DataVersion;
import tw.netzero.portal.application.publicdata.DataVersionStore;

/**
 * The public data version in table {@code public_data_version} (V22), through plain JDBC on the
 * portal's JTA data source: a bump runs while the transaction that changed public data is being
 * completed, after EclipseLink has written its changes, when the EntityManager can no longer be used.
 * Inside a transaction the container hands out the connection already enlisted in it.
 *
 * <p>The members each version changed go to {@code public_data_change} (V27, decision 0026) with the
 * bump, in its transaction; every {@value #PRUNE_EVERY}th version prunes what is more than
 * {@value #KEPT_VERSIONS} versions old, so the table stays small without a timer of its own.
 */
@ApplicationScoped
public class JdbcDataVersionStore implements DataVersionStore {

    private static final String READ = "SELECT version, changed_at_ms FROM public_data_version WHERE id = 1";
    // GREATEST: instances' clocks may differ a little; Last-Modified must not go back.
    private static final String BUMP = "UPDATE public_data_version SET version = version + 1,"
            + " changed_at_ms = GREATEST(changed_at_ms, ?) WHERE id = 1";
    private static final String FIRST_START = "UPDATE public_data_version SET changed_at_ms = ?"
            + " WHERE id = 1 AND changed_at_ms = 0";
    private static final String RECORD = "INSERT INTO public_data_change (version, company_id) VALUES (?, ?)";
    private static final String CHANGED = "SELECT version, company_id FROM public_data_change"
            + " WHERE version > ? AND version <= ?";
    private static final String PRUNE = "DELETE FROM public_data_change WHERE version <= ?";

    /** Versions whose changes are kept: far more than an instance falls behind between two reads. */
    static final long KEPT_VERSIONS = 10_000;
    static final long PRUNE_EVERY = 1_000;
    /** Beyond this many versions at once, reading the record costs more than it saves. */
    static final long MAX_VERSIONS_READ = 1_000;


    @Override
    public DataVersion read() {
        try (Connection connection = PortalDataSource.get().getConnection()) {
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the public data version", e);
        }
    }

    @Override
    public DataVersion bump(Instant at) {
        return bump(at, Set.of());
    }

    @Override
    public DataVersion bump(Instant at, Set<Long> members) {
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement bump = connection.prepareStatement(BUMP)) {
            bump.setLong(1, at.toEpochMilli());
            if (bump.executeUpdate() != 1) {
                throw new IllegalStateException("public_data_version has no row (migration V22)");
            }
            // The row is locked by this transaction now: what it reads is exactly its own bump.
            DataVersion bumped = read(connection);
            record(connection, bumped.number(), members);
            return bumped;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot bump the public data version", e);
        }
    }

    private static void record(Connection connection, long version, Set<Long> members) throws SQLException {
        if (!members.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
                for (long member : members) {
                    insert.setLong(1, version);
                    insert.setLong(2, member);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (version % PRUNE_EVERY == 0) {
            try (PreparedStatement prune = connection.prepareStatement(PRUNE)) {
                prune.setLong(1, version - KEPT_VERSIONS);
                prune.executeUpdate();
            }
        }
    }

    @Override
    public Optional<Set<Long>> membersChanged(long after, long upTo) {
        if (upTo <= after) {
            return Optional.of(Set.of());
        }
        if (upTo - after > MAX_VERSIONS_READ) {
            return Optional.empty();
        }
        Set<Long> versions = new HashSet<>();
        Set<Long> members = new HashSet<>();
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement select = connection.prepareStatement(CHANGED)) {
            select.setLong(1, after);
            select.setLong(2, upTo);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getLong(1));
                    members.add(rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the public data changes", e);
        }
        // Every version in the range must say whom it changed; one that does not is an unknown change.
        return versions.size() == upTo - after ? Optional.of(Set.copyOf(members)) : Optional.empty();
    }

    /** Dates the version of a database that has never had a change counted: called once the schema is migrated. */
    public static void dateFirstStart(DataSource dataSource, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(FIRST_START)) {
            update.setLong(1, now.toEpochMilli());
            update.executeUpdate();
        }
    }

    private static DataVersion read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(READ); ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("public_data_version has no row (migration V22)");
            }
            return new DataVersion(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)));
        }
    }
}
