package tw.netzero.portal.application.filing;

/**
 * Keeps the bytes of evidence files (on disk in infrastructure.storage). Files are named by
 * the store, never by the uploader, and read back by that name only.
 */
public interface EvidenceStorage {

    /** Stores the content under a new generated name and returns that name. */
    String store(byte[] content);

    byte[] read(String storedName);

    /** Removes a stored file; nothing happens if it is not there. */
    void delete(String storedName);
}
