package tw.netzero.portal.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every migration applies to an empty database, on MariaDB (through MySQL Connector/J) and
 * on H2 in the mode the run command uses, and both end with the same tables.
 */
class MigrationsFromEmptyIT {

    @Test
    void applyFromEmptyOnMariaDb() throws Exception {
        MysqlDataSource mariaDb = new MysqlDataSource();
        mariaDb.setUrl(System.getProperty("it.migration.db.url", "jdbc:mysql://127.0.0.1:3306/netzero_migration"));
        mariaDb.setUser(System.getProperty("it.db.user", "netzero_test"));
        mariaDb.setPassword(System.getProperty("it.db.password", "netzero_test"));
        // Empty it first: this database exists only for this test.
        Flyway.configure().dataSource(mariaDb).cleanDisabled(false).load().clean();

        assertMigratesFromEmpty(mariaDb);
    }

    @Test
    void applyFromEmptyOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migration-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("portal");

        assertMigratesFromEmpty(h2);
    }

    private static void assertMigratesFromEmpty(DataSource dataSource) throws Exception {
        assertEquals(List.of(), tables(dataSource));

        MigrateResult result = DatabaseMigration.flyway(dataSource).load().migrate();

        assertTrue(result.success);
        MigrationInfo[] applied = DatabaseMigration.flyway(dataSource).load().info().applied();
        assertEquals(result.migrationsExecuted, applied.length);
        assertTrue(applied.length >= 1);
        List<String> tables = tables(dataSource);
        assertTrue(tables.containsAll(List.of("id_sequence", "member_company", "progress_filing",
                "progress_filing_scope3", "evidence_file")), tables::toString);
        assertEquals(0, DatabaseMigration.flyway(dataSource).load().migrate().migrationsExecuted,
                "a second run has nothing left to apply");
    }

    private static List<String> tables(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                     "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals("flyway_schema_history")) {
                    names.add(name);
                }
            }
            return names;
        }
    }
}
