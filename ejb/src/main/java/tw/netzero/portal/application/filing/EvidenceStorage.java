package tw.netzero.portal.application.filing;

/**
 * Keeps the bytes of evidence files (in the database, infrastructure.persistence.jdbc, so every
 * instance reads them). Files are named by the store, never by the uploader, and read back by that
 * name only. Stored in the caller's transaction: a rollback leaves nothing behind.
 */
public interface EvidenceStorage {

    /** Stores the content under a new generated name and returns that name. */
    String store(byte[] content);

    byte[] read(String storedName);
}
