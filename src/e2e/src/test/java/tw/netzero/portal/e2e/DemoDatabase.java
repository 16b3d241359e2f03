package tw.netzero.portal.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The portal's database as the run's first deployment left it: migrated from empty and loaded with
 * the demo data by the application itself, before any test ran. Each later deployment starts from a
 * copy of it put back row for row, instead of migrating from empty and loading the demo data again
 * (about a third of a deployment's time, the largest block of the test run: docs/performance.md). The
 * application then finds its schema current and its demo data there, as the run command does on its
 * second start. Kept in this JVM's memory (failsafe runs the e2e classes in one JVM); taken again from
 * empty when the alliance's day has changed since (the demo data's dates are counted from today).
 */
final class DemoDatabase {

    private static final int BATCH = 500;

    /** Rows of each table, in the order the tables were read. */
    private static Map<String, Table> firstDeployment;
    private static LocalDate takenOn;

    private DemoDatabase() {
    }

    /** Before a deployment: the first deployment's database back, or an empty one for the application to fill. */
    static synchronized void prepare(Database database) {
        if (firstDeployment != null && LocalDate.now(DemoYears.ALLIANCE_ZONE).equals(takenOn)) {
            long start = System.nanoTime();
            putBack(database);
            System.out.printf("Demo database put back in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        } else {
            firstDeployment = null;
            Flyway.configure().dataSource(database.dataSource()).cleanDisabled(false).load().clean();
        }
    }

    /** After a deployment, before its tests: remembered once, when the application has just filled it. */
    static synchronized void rememberIfFirst(Database database) {
        if (firstDeployment == null) {
            takenOn = LocalDate.now(DemoYears.ALLIANCE_ZONE);
            firstDeployment = read(database);
        }
    }

    private record Table(List<String> columns, List<Object[]> rows) {
    }

    private static Map<String, Table> read(Database database) {
        Map<String, Table> tables = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String name : baseTables(connection)) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM `" + name + "`")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        columns.add(meta.getColumnName(column));
                    }
                    List<Object[]> values = new ArrayList<>();
                    while (rows.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int column = 0; column < row.length; column++) {
                            row[column] = rows.getObject(column + 1);
                        }
                        values.add(row);
                    }
                    tables.put(name, new Table(columns, values));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the first deployment's database", e);
        }
        return tables;
    }

    /** Every table emptied and refilled in one transaction, foreign keys checked by nobody meanwhile. */
    private static void putBack(Database database) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            if (!baseTables(connection).equals(List.copyOf(firstDeployment.keySet()))) {
                throw new IllegalStateException("The schema changed between two deployments of one run");
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String name : firstDeployment.keySet()) {
                statement.execute("TRUNCATE TABLE `" + name + "`");
            }
            connection.setAutoCommit(false);
            for (Map.Entry<String, Table> table : firstDeployment.entrySet()) {
                insert(connection, table.getKey(), table.getValue());
            }
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Putting the first deployment's database back", e);
        }
    }

    private static void insert(Connection connection, String name, Table table) throws SQLException {
        if (table.rows().isEmpty()) {
            return;
        }
        String columns = "`" + String.join("`, `", table.columns()) + "`";
        String marks = String.join(", ", table.columns().stream().map(column -> "?").toList());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO `" + name + "` (" + columns + ") VALUES (" + marks + ")")) {
            int pending = 0;
            for (Object[] row : table.rows()) {
                for (int column = 0; column < row.length; column++) {
                    insert.setObject(column + 1, row[column]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private static List<String> baseTables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
