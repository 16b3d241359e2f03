package tw.netzero.portal.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A query's rows handed over one at a time as the database sends them, never held whole: for results
 * of millions of rows (every member-year at 100,000 members), which a JPA native query holds twice
 * before its first row is seen, once in the driver and once in EclipseLink (decision 0059). On the
 * portal's JTA data source: inside a transaction the container hands out the connection already
 * enlisted in it, so the rows are those the transaction sees, less what EclipseLink has not yet written.
 */
public final class StreamedRows {

    /** For drivers that fetch in pages (H2): rows held at once. */
    private static final int PAGE = 1_000;

    private StreamedRows() {
    }

    /** Each row of {@code sql}, its columns as {@link ResultSet#getObject(int)} reads them; a new array per row. */
    public static void forEach(String sql, Consumer<Object[]> each) {
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                     ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize(connection));
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int column = 0; column < columns; column++) {
                        row[column] = rows.getObject(column + 1);
                    }
                    each.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + sql.substring(0, Math.min(sql.length(), 60)), e);
        }
    }

    /**
     * MySQL Connector/J reads a whole result into memory before the first row unless the fetch size is
     * {@link Integer#MIN_VALUE} on a forward-only, read-only statement (its "streaming results"); other
     * drivers take the fetch size as a page and refuse a negative one.
     */
    private static int fetchSize(Connection connection) throws SQLException {
        return connection.getMetaData().getDriverName().toLowerCase(Locale.ROOT).contains("mysql") ? Integer.MIN_VALUE
                : PAGE;
    }
}
