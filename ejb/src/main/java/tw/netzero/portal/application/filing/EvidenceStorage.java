package tw.netzero.portal.application.filing;

import tw.netzero.portal.domain.model.evidence.StoredFile;

/**
 * Keeps the bytes of evidence files (in the database, infrastructure.persistence.jdbc, so every
 * instance reads them). Files are named by the store, never by the uploader, and read back by that
 * name only. Stored in the caller's transaction: a rollback leaves nothing behind.
 */
public interface EvidenceStorage {

    /**
     * Stores the content under a new generated name and returns that name; a database out of space
     * refuses it with {@link tw.netzero.portal.application.StorageFull}.
     */
    String store(byte[] content);

    byte[] read(String storedName);

    /** Deletes the bytes stored under the name, in the caller's transaction (a removed proposal attachment, decision 0055). */
    void remove(String storedName);

    /**
     * A recorded file with its bytes, to serve. Bytes changed behind the application's back are
     * refused (IllegalStateException): nothing rather than doubtful evidence.
     */
    default EvidenceDownload download(StoredFile file) {
        byte[] content = read(file.storedName());
        if (!file.matches(content)) {
            throw new IllegalStateException("Stored file " + file.storedName() + " no longer matches its SHA-256");
        }
        return new EvidenceDownload(file.originalName(), file.type(), content);
    }
}
