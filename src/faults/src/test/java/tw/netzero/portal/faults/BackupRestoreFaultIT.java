package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 7: src/ops/backup.sh takes a consistent backup of the running portal's database
 * (evidence included: its bytes are rows, decision 0022); the database is then lost (dropped),
 * src/ops/restore.sh brings the backup back into an empty one, and the restarted portal answers its
 * public JSON byte for byte as before, with every evidence file's SHA-256 the same.
 */
@ExtendWith(FaultEnvironment.class)
class BackupRestoreFaultIT {

    private static final List<String> PUBLIC_JSON = List.of("/api/members", "/api/members/13579113",
            "/api/members/25099303", "/api/alliance/totals");

    private final FaultEnvironment.Environment environment = FaultEnvironment.get();

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseServesTheSamePublicDataAndEvidence() throws Exception {
        OwnMariaDb database = environment.database;
        OwnPayara portal = environment.payara;
        byte[] evidence = new byte[1_500_000];
        new Random(15).nextBytes(evidence);
        addEvidence(evidence);
        Map<String, byte[]> before = publicJson();
        Map<String, String> evidenceBefore = evidenceDigests();
        assertTrue(evidenceBefore.containsValue(sha256(evidence)), "the evidence is in the database");

        Path backup = environment.work.resolve("backup/netzero.sql.gz");
        Files.createDirectories(backup.getParent());
        Files.deleteIfExists(backup);
        List<String> clientOptions = List.of("--socket=" + database.socket(), "--user=root");
        List<String> backupCommand = new ArrayList<>(List.of(script("backup.sh"), OwnMariaDb.DATABASE, backup.toString()));
        backupCommand.addAll(clientOptions);
        Commands.run(backupCommand, Map.of(), null);

        portal.stop();
        Commands.run("mariadb", "--no-defaults", "--socket=" + database.socket(), "--user=root", "-e",
                "DROP DATABASE " + OwnMariaDb.DATABASE);
        List<String> restoreCommand = new ArrayList<>(List.of(script("restore.sh"), backup.toString(), OwnMariaDb.DATABASE));
        restoreCommand.addAll(clientOptions);
        Commands.run(restoreCommand, Map.of(), null);
        portal.start();
        portal.awaitReady(Duration.ofMinutes(6));

        Map<String, byte[]> after = publicJson();
        for (String path : PUBLIC_JSON) {
            assertArrayEquals(before.get(path), after.get(path), path + " byte for byte as before the backup");
        }
        assertEquals(evidenceBefore, evidenceDigests(), "every evidence file's SHA-256 as before");
    }

    private static String script(String name) {
        return Path.of(System.getProperty("portal.root"), "src/ops", name).toString();
    }

    private Map<String, byte[]> publicJson() throws Exception {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        PortalClient visitor = new PortalClient(environment.payara);
        for (String path : PUBLIC_JSON) {
            bodies.put(path, visitor.getBytes(path));
        }
        return bodies;
    }

    /** Every stored evidence file's name and the SHA-256 of its bytes, as read from the database. */
    private Map<String, String> evidenceDigests() throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection connection = environment.database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT stored_name, content FROM evidence_content ORDER BY stored_name");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                digests.put(rows.getString(1), sha256(rows.getBytes(2)));
            }
        }
        return digests;
    }

    /** An evidence file on a demo filing, as an upload stores it (its row and its bytes). */
    private void addEvidence(byte[] content) throws Exception {
        try (Connection connection = environment.database.connect()) {
            connection.setAutoCommit(false);
            long filing;
            try (PreparedStatement select = connection.prepareStatement("SELECT MIN(id) FROM progress_filing");
                 ResultSet row = select.executeQuery()) {
                row.next();
                filing = row.getLong(1);
            }
            String storedName = "0f5e2c1a-1500-4a7e-9c15-000000000015";
            try (PreparedStatement file = connection.prepareStatement("INSERT INTO evidence_file (id, filing_id, original_name,"
                    + " stored_name, evidence_type, size_bytes, sha256, uploaded_at, uploaded_by)"
                    + " VALUES (915000001, ?, 'verification-statement.pdf', ?, 'PDF', ?, ?, UTC_TIMESTAMP(6), 'faults@example')")) {
                file.setLong(1, filing);
                file.setString(2, storedName);
                file.setLong(3, content.length);
                file.setString(4, sha256(content));
                file.executeUpdate();
            }
            try (PreparedStatement bytes = connection.prepareStatement("INSERT INTO evidence_content (stored_name, content) VALUES (?, ?)")) {
                bytes.setString(1, storedName);
                bytes.setBytes(2, content);
                bytes.executeUpdate();
            }
            connection.commit();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
