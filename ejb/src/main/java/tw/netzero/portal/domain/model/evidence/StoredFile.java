package tw.netzero.portal.domain.model.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An uploaded file as the portal keeps it, whatever it supports (a filing, a base-year restatement).
 * The name the member's computer gave it is kept only as data (shown, offered on download); the
 * bytes are stored under a generated name, so no user input ever becomes a path. The SHA-256 shows
 * that what is read back is what was uploaded. A value: never changed once recorded.
 */
@Embeddable
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ORIGINAL_NAME_MAX = 255;

    private static final Pattern STORED_NAME =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Column(name = "original_name", nullable = false, updatable = false, length = ORIGINAL_NAME_MAX)
    private String originalName;

    @Column(name = "stored_name", nullable = false, updatable = false, unique = true, length = 36)
    private String storedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", nullable = false, updatable = false, length = 8)
    private EvidenceType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    /** Records content already checked (its type known) and stored under {@code storedName}. */
    public StoredFile(String originalName, EvidenceType type, byte[] content, String storedName, Instant uploadedAt) {
        this.originalName = baseName(Objects.requireNonNull(originalName, "originalName"));
        this.type = Objects.requireNonNull(type, "type");
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.storedName = Objects.requireNonNull(storedName, "storedName");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** The name without any folders: some browsers send the full path of the member's file. */
    public static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /**
     * Whether a name is one the store generates (a random UUID in lower case): the only names by
     * which stored bytes are written or read, so no text from a caller reaches a path or a key.
     */
    public static boolean isStoredName(String name) {
        return name != null && STORED_NAME.matcher(name).matches();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether these bytes are the ones uploaded. */
    public boolean matches(byte[] content) {
        return content.length == sizeBytes && sha256(content).equals(sha256);
    }

    public String originalName() {
        return originalName;
    }

    public String storedName() {
        return storedName;
    }

    public EvidenceType type() {
        return type;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
