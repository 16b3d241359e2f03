package tw.netzero.portal.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 7 for the run command's embedded H2 database (decision 0035): {@code src/ops/backup-h2.sh}
 * refuses while the database is open (the portal running) and changes nothing; with the portal stopped it
 * makes a backup that {@code src/ops/restore-h2.sh} restores into a new file with every row, sequence and
 * evidence byte the same; a restore over an existing file is refused. The scripts run as an operator runs
 * them, on a database migrated by the portal's own Flyway set-up.
 */
class H2BackupAndRestoreTest {

    private static final Path OPS = Path.of("..", "src", "ops").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void aStoppedPortalsDatabaseIsBackedUpAndRestoredWholeAndAnOpenOneIsRefused() throws Exception {
        Path database = work.resolve("data").resolve("portal");
        JdbcDataSource original = dataSource(database);
        DatabaseMigration.flyway(original).load().migrate();
        byte[] evidence = new byte[200_000];
        new Random(2050).nextBytes(evidence);
        Path backup = work.resolve("portal-backup.zip");
        try (Connection open = original.getConnection()) {
            try (PreparedStatement insert = open.prepareStatement(
                    "INSERT INTO evidence_content (stored_name, content) VALUES (?, ?)")) {
                insert.setString(1, "0b7c1f2e-5a4d-4c3b-9e8f-1a2b3c4d5e6f");
                insert.setBytes(2, evidence);
                insert.executeUpdate();
            }
            try (Statement update = open.createStatement()) {
                update.executeUpdate("UPDATE public_data_version SET version = version + 41");
            }
            Run refused = run("backup-h2.sh", database.toString(), backup.toString());
            assertEquals(3, refused.exitCode, refused.output);
            assertTrue(refused.output.contains("stop it first"), refused.output);
            assertFalse(Files.exists(backup), "nothing written");
            assertFalse(Files.exists(Path.of(backup + ".partial")), "not even in part");
        }
        String before = contents(original);

        Run backedUp = run("backup-h2.sh", database.toString(), backup.toString());
        assertEquals(0, backedUp.exitCode, backedUp.output);
        Path restored = work.resolve("restored").resolve("portal");
        Run restoredRun = run("restore-h2.sh", backup.toString(), restored.toString());
        assertEquals(0, restoredRun.exitCode, restoredRun.output);

        JdbcDataSource copy = dataSource(restored);
        assertEquals(before, contents(copy), "every table, row and sequence the same");
        try (Connection connection = copy.getConnection(); Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT content FROM evidence_content")) {
            assertTrue(row.next());
            assertEquals(sha256(evidence), sha256(row.getBytes(1)), "the evidence bytes the same");
        }
        Run overExisting = run("restore-h2.sh", backup.toString(), restored.toString());
        assertEquals(1, overExisting.exitCode, overExisting.output);
        assertTrue(overExisting.output.contains("restore refused"), overExisting.output);
        assertEquals(before, contents(copy), "the existing database untouched");
    }

    /** As the run command opens it (src/payara/run-portal.sh). */
    private static JdbcDataSource dataSource(Path database) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:" + database + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        dataSource.setUser("portal");
        dataSource.setPassword("portal");
        return dataSource;
    }

    /** Everything in the database as H2 writes it out (tables, rows, sequences), without its users. */
    private static String contents(JdbcDataSource dataSource) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement script = connection.createStatement();
             ResultSet line = script.executeQuery("SCRIPT NOPASSWORDS")) {
            while (line.next()) {
                lines.add(line.getString(1));
            }
        }
        return String.join("\n", lines);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String script, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", OPS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The H2 jar the portal runs with (the one on this test's class path).
        builder.environment().put("H2_JAR", Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), script + " ends");
        return new Run(process.exitValue(), output);
    }
}
