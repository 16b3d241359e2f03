package tw.netzero.portal.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import tw.netzero.portal.application.StorageFull;
import tw.netzero.portal.application.filing.EvidenceStorage;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.infrastructure.health.EvidenceStorageReadiness;

/**
 * Evidence files' bytes in table {@code evidence_content} (V23) of the portal database, which every
 * instance of a Deployment Group reads (issue 13, item 5; decision 0022). Written with plain JDBC on
 * the JTA data source, so the bytes commit or roll back with the {@code evidence_file} row that
 * describes them, and never pass through the persistence context (or its cache). Names are random
 * UUIDs; a name that is not one is refused. A database out of space refuses the bytes with
 * {@link StorageFull} (nothing stored, the member told so at the upload) and the readiness check
 * {@code evidence-storage} says DOWN until bytes are stored again (decision 0050).
 */
@ApplicationScoped
public class DatabaseEvidenceStore implements EvidenceStorage {

    private static final String INSERT = "INSERT INTO evidence_content (stored_name, content) VALUES (?, ?)";
    private static final String SELECT = "SELECT content FROM evidence_content WHERE stored_name = ?";
    private static final String DELETE = "DELETE FROM evidence_content WHERE stored_name = ?";
    private static final Logger LOG = Logger.getLogger(DatabaseEvidenceStore.class.getName());

    @Inject
    @Readiness // the check's qualifier (MicroProfile Health): it has no other
    EvidenceStorageReadiness readiness;

    @Override
    public String store(byte[] content) {
        String storedName = UUID.randomUUID().toString();
        try (Connection connection = PortalDataSource.get().getConnection()) {
            insert(connection, storedName, content);
        } catch (SQLException e) {
            if (StorageFull.causedIt(e)) {
                LOG.warning(() -> "Evidence of " + content.length + " bytes refused, the database is full: " + e.getMessage()
                        + " (error " + e.getErrorCode() + "); /health/ready reports evidence-storage DOWN");
                readiness.refused();
                throw new StorageFull(e);
            }
            throw new IllegalStateException("Cannot store evidence " + storedName, e);
        }
        readiness.stored();
        return storedName;
    }

    @Override
    public byte[] read(String storedName) {
        requireStoredName(storedName);
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, storedName);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No stored evidence " + storedName);
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read evidence " + storedName, e);
        }
    }

    @Override
    public void remove(String storedName) {
        requireStoredName(storedName);
        try (Connection connection = PortalDataSource.get().getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, storedName);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove evidence " + storedName, e);
        }
    }

    /** Inserts the bytes under a name (also used to move files from the former folder store). */
    public static void insert(Connection connection, String storedName, byte[] content) throws SQLException {
        requireStoredName(storedName);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, storedName);
            insert.setBytes(2, content);
            insert.executeUpdate();
        }
    }

    private static void requireStoredName(String storedName) {
        if (!StoredFile.isStoredName(storedName)) {
            throw new IllegalArgumentException("Not a stored evidence name: " + storedName);
        }
    }
}
