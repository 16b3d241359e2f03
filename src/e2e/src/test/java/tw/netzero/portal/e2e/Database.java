package tw.netzero.portal.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Direct JDBC access to the portal's database, for assertions and for moving time forward. */
record Database(DataSource dataSource) {

    /** The first column of every row, as text. */
    List<String> column(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String value(String sql, Object... parameters) {
        List<String> values = column(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    long count(String table) {
        return Long.parseLong(value("SELECT COUNT(*) FROM " + table));
    }

    int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A fingerprint of the tables a forbidden request must not change. */
    String snapshot() {
        return String.join("|",
                column("SELECT CONCAT(id, ':', version, ':', membership_status, ':', name_en) FROM member_company ORDER BY id"))
                + "#" + String.join("|",
                column("SELECT CONCAT(id, ':', version, ':', enabled) FROM user_account ORDER BY id"))
                + "#" + count("account_token");
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
