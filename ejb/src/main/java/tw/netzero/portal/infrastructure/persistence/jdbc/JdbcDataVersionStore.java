package tw.netzero.portal.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import tw.netzero.portal.application.publicdata.DataVersion;
import tw.netzero.portal.application.publicdata.DataVersionStore;

/**
 * The public data version in table {@code public_data_version} (V22), through plain JDBC on the
 * portal's JTA data source: a bump runs while the transaction that changed public data is being
 * completed, after EclipseLink has written its changes, when the EntityManager can no longer be used.
 * Inside a transaction the container hands out the connection already enlisted in it.
 */
@ApplicationScoped
public class JdbcDataVersionStore implements DataVersionStore {

    private static final String READ = "SELECT version, changed_at_ms FROM public_data_version WHERE id = 1";
    // GREATEST: instances' clocks may differ a little; Last-Modified must not go back.
    private static final String BUMP = "UPDATE public_data_version SET version = version + 1,"
            + " changed_at_ms = GREATEST(changed_at_ms, ?) WHERE id = 1";
    private static final String FIRST_START = "UPDATE public_data_version SET changed_at_ms = ?"
            + " WHERE id = 1 AND changed_at_ms = 0";


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
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement bump = connection.prepareStatement(BUMP)) {
            bump.setLong(1, at.toEpochMilli());
            if (bump.executeUpdate() != 1) {
                throw new IllegalStateException("public_data_version has no row (migration V22)");
            }
            // The row is locked by this transaction now: what it reads is exactly its own bump.
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot bump the public data version", e);
        }
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
