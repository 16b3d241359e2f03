package tw.netzero.portal.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * V12 keeps, for filings accepted before it, the total with location-based scope 2 and the
     * scope 3 categories left not evaluated (bit n-1 for category n), from the filing's own rows.
     */
    @Test
    void v12FillsTheLikeForLikeTotalsOfFilingsAcceptedBefore() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v12-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("portal");
        DatabaseMigration.flyway(h2).target("11").load().migrate();
        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO member_company (id, ubn, name_en, name_zh, industry_group, district,"
                    + " membership_status, version) VALUES (1, '04595257', 'Steel', '鋼', 'STEEL', 'XIAOGANG', 'ACTIVE', 0)");
            for (String[] filing : new String[][] {{"10", "ACCEPTED"}, {"11", "SUBMITTED"}}) {
                sql.execute("INSERT INTO progress_filing (id, company_id, reporting_year, revision, status, superseded,"
                        + " scope1_tonnes, scope2_location_tonnes, scope2_market_tonnes, scope1_assurance,"
                        + " scope2_assurance, scope3_assurance, version, total_tonnes) VALUES (" + filing[0] + ", 1, "
                        + (2013 + Integer.parseInt(filing[0])) + ", 1, '" + filing[1] + "', FALSE, 1000, 500, 400,"
                        + " 'NONE', 'NONE', 'NONE', 0, 1550.5)");
                sql.execute("INSERT INTO progress_filing_scope3 (id, filing_id, category, entry_status, tonnes) VALUES"
                        + " (" + filing[0] + "1, " + filing[0] + ", 'PURCHASED_GOODS_AND_SERVICES', 'REPORTED', 150.5),"
                        + " (" + filing[0] + "2, " + filing[0] + ", 'UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION', 'NOT_EVALUATED', NULL),"
                        + " (" + filing[0] + "3, " + filing[0] + ", 'INVESTMENTS', 'NOT_EVALUATED', NULL),"
                        + " (" + filing[0] + "4, " + filing[0] + ", 'FRANCHISES', 'NOT_RELEVANT', NULL)");
            }
        }

        DatabaseMigration.flyway(h2).load().migrate();

        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id, total_location_tonnes, not_evaluated_scope3_mask"
                     + " FROM progress_filing ORDER BY id")) {
            assertTrue(rows.next());
            assertEquals(0, new java.math.BigDecimal("1650.5").compareTo(rows.getBigDecimal(2)));
            assertEquals(8 + 16384, rows.getInt(3), "categories 4 and 15");
            assertTrue(rows.next());
            assertEquals(null, rows.getBigDecimal(2), "a filing not accepted keeps nothing");
        }
    }

    /**
     * V14 gives versions approved before it their approval time: the PLEDGE_APPROVED audit entry's
     * when there is one, else the submission time; versions not approved get none.
     */
    @Test
    void v14KeepsTheApprovalTimeOfVersionsApprovedBefore() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v14-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("portal");
        DatabaseMigration.flyway(h2).target("12").load().migrate();
        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO member_company (id, ubn, name_en, name_zh, industry_group, district,"
                    + " membership_status, version) VALUES (1, '04595257', 'Steel', '鋼', 'STEEL', 'XIAOGANG', 'ACTIVE', 0)");
            for (String[] version : new String[][] {{"7", "1", "APPROVED"}, {"8", "2", "APPROVED"}, {"9", "3", "SUBMITTED"}}) {
                sql.execute("INSERT INTO pledge_version (id, company_id, number, status, offsets_counted, created_at, submitted_at, version)"
                        + " VALUES (" + version[0] + ", 1, " + version[1] + ", '" + version[2] + "', FALSE,"
                        + " '2023-01-01 00:00:00', '2023-02-0" + version[1] + " 08:00:00', 0)");
            }
            sql.execute("INSERT INTO audit_entry (id, occurred_at, actor, action, target_type, target_id) VALUES"
                    + " (1, '2023-03-10 09:30:00', 'r@s.example', 'PLEDGE_TAKEN', 'pledge', '7'),"
                    + " (2, '2023-03-11 09:30:00', 'r@s.example', 'PLEDGE_APPROVED', 'pledge', '7'),"
                    + " (3, '2023-03-12 09:30:00', 'r@s.example', 'PLEDGE_APPROVED', 'filing', '8')");
        }

        DatabaseMigration.flyway(h2).load().migrate();

        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id, approved_at FROM pledge_version ORDER BY id")) {
            assertTrue(rows.next());
            assertEquals(java.sql.Timestamp.valueOf("2023-03-11 09:30:00"), rows.getTimestamp(2), "from the audit trail");
            assertTrue(rows.next());
            assertEquals(java.sql.Timestamp.valueOf("2023-02-02 08:00:00"), rows.getTimestamp(2),
                    "no audit entry of this version: its submission");
            assertTrue(rows.next());
            assertEquals(null, rows.getTimestamp(2), "a version not approved has no approval time");
        }
    }

    /**
     * V19 leaves every account as it was, without a second factor (reviewers and administrators
     * then enrol at their next sign-in), and keeps recovery codes only for accounts that exist.
     * From V16, the newest migration on main before it (V17 and V18 belong to other branches).
     */
    @Test
    void v19LeavesAccountsWithoutASecondFactor() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v19-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("portal");
        DatabaseMigration.flyway(h2).target("16").load().migrate();
        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO user_account (id, email, display_name, password_hash, role, enabled, failed_logins,"
                    + " created_at, version) VALUES (1, 'reviewer@example.org', 'Reviewer', 'hash', 'REVIEWER', TRUE, 2,"
                    + " '2026-01-01 00:00:00', 3)");
        }

        DatabaseMigration.flyway(h2).load().migrate();

        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT email, failed_logins, version, totp_secret, totp_enrolled_at,"
                    + " totp_last_step FROM user_account")) {
                assertTrue(rows.next());
                assertEquals("reviewer@example.org", rows.getString(1));
                assertEquals(2, rows.getInt(2));
                assertEquals(3, rows.getInt(3));
                assertEquals(null, rows.getString(4));
                assertEquals(null, rows.getTimestamp(5));
                assertEquals(null, rows.getObject(6));
            }
            sql.execute("INSERT INTO recovery_code (account_id, code_hash) VALUES (1, 'a1')");
            assertThrows(SQLException.class,
                    () -> sql.execute("INSERT INTO recovery_code (account_id, code_hash) VALUES (2, 'b2')"), "no such account");
            assertThrows(SQLException.class,
                    () -> sql.execute("INSERT INTO recovery_code (account_id, code_hash) VALUES (1, 'a1')"), "each code once");
        }
    }

    /**
     * V17 turns each combined target into the equivalent stored target (decision 0016): scope
     * 1+2+3 when the version names scope 3 categories, else scope 1+2; the base-year total by the
     * version's scope 2 method; intensity with its unit and activity; half-filled drafts keep what
     * they had; versions without targets get none. On H2 and on MariaDB.
     */
    @Test
    void v17CarriesEachCombinedTargetIntoStoredTargetsOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v17-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("portal");
        assertV17CarriesCombinedTargets(h2);
    }

    @Test
    void v17CarriesEachCombinedTargetIntoStoredTargetsOnMariaDb() throws Exception {
        MysqlDataSource mariaDb = new MysqlDataSource();
        mariaDb.setUrl(System.getProperty("it.migration.db.url", "jdbc:mysql://127.0.0.1:3306/netzero_migration"));
        mariaDb.setUser(System.getProperty("it.db.user", "netzero_test"));
        mariaDb.setPassword(System.getProperty("it.db.password", "netzero_test"));
        Flyway.configure().dataSource(mariaDb).cleanDisabled(false).load().clean();
        assertV17CarriesCombinedTargets(mariaDb);
    }

    private static void assertV17CarriesCombinedTargets(DataSource dataSource) throws Exception {
        DatabaseMigration.flyway(dataSource).target("16").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO member_company (id, ubn, name_en, name_zh, industry_group, district,"
                    + " membership_status, version) VALUES (1, '04595257', 'Steel', '鋼', 'STEEL', 'XIAOGANG', 'ACTIVE', 0)");
            String columns = "INSERT INTO pledge_version (id, company_id, number, status, base_year, scope1,"
                    + " scope2_location, scope2_market, scope2_method, scope3, scope3_categories, scope12_coverage,"
                    + " scope3_coverage, near_target_year, near_reduction, near_kind, near_intensity_unit,"
                    + " near_base_activity, long_target_year, long_reduction, net_zero_year, offsets_counted,"
                    + " created_at, version) VALUES ";
            // Approved, scope 3 categories 1 and 4, market-based, near-term intensity and long-term absolute.
            sql.execute(columns + "(7, 1, 1, 'APPROVED', 2020, 800000, 300000, 250000, 'MARKET_BASED', 150000,"
                    + " '1,4', 98, 70, 2030, 50, 'INTENSITY', 't CO2e per t steel', 1200000.5, 2045, 95, 2050,"
                    + " FALSE, '2023-01-01 00:00:00', 3)");
            // Submitted, no scope 3 categories, location-based, near-term only.
            sql.execute(columns + "(8, 1, 2, 'SUBMITTED', 2021, 1000, 600, 400, 'LOCATION_BASED', 5000, '',"
                    + " 96, 0, 2031, 42.5, 'ABSOLUTE', NULL, NULL, NULL, NULL, NULL, FALSE, '2023-01-01 00:00:00', 0)");
            // A half-filled draft: a near-term year, nothing else; and an empty draft.
            sql.execute(columns + "(9, 1, 3, 'DRAFT', 2022, NULL, NULL, NULL, 'MARKET_BASED', NULL, NULL,"
                    + " NULL, NULL, 2030, NULL, 'ABSOLUTE', NULL, NULL, NULL, NULL, NULL, FALSE, '2023-01-01 00:00:00', 0)");
            sql.execute(columns + "(10, 1, 4, 'DRAFT', NULL, NULL, NULL, NULL, 'MARKET_BASED', NULL, NULL,"
                    + " NULL, NULL, NULL, NULL, 'ABSOLUTE', NULL, NULL, NULL, NULL, NULL, FALSE, '2023-01-01 00:00:00', 0)");
        }

        DatabaseMigration.flyway(dataSource).load().migrate();

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT pledge_version_id, ordinal, horizon, boundary, target_type,"
                     + " base_year_emissions, target_year, reduction, coverage, scope3_coverage, scope2_method,"
                     + " scope3_categories, intensity_unit, base_year_activity, projected_activity"
                     + " FROM pledge_target ORDER BY pledge_version_id, ordinal")) {
            List<String> stored = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= 15; column++) {
                    Object value = rows.getObject(column);
                    row.add(value instanceof java.math.BigDecimal number ? number.stripTrailingZeros().toPlainString()
                            : String.valueOf(value));
                }
                stored.add(String.join("|", row));
            }
            assertEquals(List.of(
                    "7|0|NEAR_TERM|SCOPE_1_2_3|PHYSICAL_INTENSITY|1200000|2030|50|98|70|MARKET_BASED|1,4"
                            + "|t CO2e per t steel|1200000.5|null",
                    "7|1|LONG_TERM|SCOPE_1_2_3|ABSOLUTE|1200000|2045|95|98|70|MARKET_BASED|1,4|null|null|null",
                    "8|0|NEAR_TERM|SCOPE_1_2|ABSOLUTE|6600|2031|42.5|96|null|LOCATION_BASED||null|null|null",
                    "9|0|NEAR_TERM|SCOPE_1_2|ABSOLUTE|null|2030|null|null|null|MARKET_BASED||null|null|null"),
                    stored);
        }
        // V31 then drops the combined columns (decision 0032); the stored targets above are what is left of them.
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
                     "pledge_version", "%")) {
            List<String> names = new ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
            assertTrue(names.containsAll(List.of("base_year", "scope12_coverage", "net_zero_year")), names::toString);
            assertTrue(names.stream().noneMatch(name -> name.startsWith("near_") || name.startsWith("long_")),
                    names::toString);
        }
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
