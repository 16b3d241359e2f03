package tw.netzero.portal.infrastructure.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.infrastructure.migration.DatabaseMigration;
import tw.netzero.portal.infrastructure.persistence.jdbc.DatabaseEvidenceStore;

/**
 * Moves evidence files from the folder they were kept in before V23 into the database, at every
 * start (decision 0022): each {@code evidence_file} without its bytes in {@code evidence_content} is
 * looked for in this instance's {@link EvidenceFolder}, checked against its recorded SHA-256 and
 * inserted. Each instance brings what its own disk has; two instances starting together cannot
 * insert a file twice (the primary key; the second insert is ignored). Files are left in the folder
 * (a backup until every instance has started once; then the folder may be removed). A file whose
 * bytes no longer match is not imported and is logged: its download stays refused, as before.
 * A start-up step rather than a Java Flyway migration: the folder is per instance and configured
 * through MicroProfile Config, which Flyway's migrations do not see.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class EvidenceFolderImport {

    private static final Logger LOG = Logger.getLogger(EvidenceFolderImport.class.getName());

    private static final String MISSING = "SELECT f.stored_name, f.sha256 FROM evidence_file f"
            + " LEFT JOIN evidence_content c ON c.stored_name = f.stored_name WHERE c.stored_name IS NULL";

    /** What one run did. */
    public record Imported(int imported, int notInThisFolder, int notMatching) {
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private EvidenceFolder folder;

    @PostConstruct
    void atStart() {
        Imported result = importMissing();
        if (result.imported() + result.notInThisFolder() + result.notMatching() > 0) {
            LOG.info(() -> "Evidence moved from " + folder.directory() + " into the database: " + result);
        }
    }

    /** Brings every file the database lacks and this instance's folder has; each insert commits on its own. */
    public Imported importMissing() {
        int imported = 0;
        int notHere = 0;
        int notMatching = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, String> missing : missing(connection).entrySet()) {
                Optional<byte[]> content = folder.read(missing.getKey());
                if (content.isEmpty()) {
                    notHere++;
                } else if (!StoredFile.sha256(content.get()).equals(missing.getValue())) {
                    notMatching++;
                    LOG.severe(() -> "Evidence " + missing.getKey() + " in " + folder.directory()
                            + " no longer matches its SHA-256: not moved into the database");
                } else if (insert(connection, missing.getKey(), content.get())) {
                    imported++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move evidence files into the database", e);
        }
        return new Imported(imported, notHere, notMatching);
    }

    private static Map<String, String> missing(Connection connection) throws SQLException {
        Map<String, String> missing = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(MISSING); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                missing.put(rows.getString(1), rows.getString(2));
            }
        }
        return missing;
    }

    private static boolean insert(Connection connection, String storedName, byte[] content) throws SQLException {
        try {
            DatabaseEvidenceStore.insert(connection, storedName, content);
            return true;
        } catch (SQLIntegrityConstraintViolationException anotherInstanceWasFirst) {
            return false;
        }
    }
}
