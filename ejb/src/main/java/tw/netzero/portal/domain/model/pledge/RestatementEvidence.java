package tw.netzero.portal.domain.model.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import tw.netzero.portal.domain.model.filing.EvidenceFile;
import tw.netzero.portal.domain.model.filing.EvidenceType;

/**
 * A file that supports a base-year restatement (an inventory report, a verification statement, the
 * merger's papers). Stored like a filing's evidence ({@link EvidenceFile}: generated name, SHA-256);
 * seen by the company's users and the secretariat only. Never changed once recorded.
 */
@Entity
@Table(name = "restatement_evidence")
@NamedQuery(name = RestatementEvidence.OF_RESTATEMENT,
        query = "SELECT e FROM RestatementEvidence e WHERE e.restatementId = :restatementId ORDER BY e.uploadedAt, e.id")
public class RestatementEvidence implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_RESTATEMENT = "RestatementEvidence.ofRestatement";

    @Id
    @TableGenerator(name = "restatement_evidence_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "restatement_evidence", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "restatement_evidence_id")
    private Long id;

    @Column(name = "restatement_id", nullable = false, updatable = false)
    private Long restatementId;

    @Column(name = "original_name", nullable = false, updatable = false, length = EvidenceFile.ORIGINAL_NAME_MAX)
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

    protected RestatementEvidence() {
        // for JPA
    }

    /** Records content already checked ({@link EvidenceType#check}) and stored under {@code storedName}. */
    public RestatementEvidence(long restatementId, String originalName, EvidenceType type, byte[] content,
                               String storedName, Instant uploadedAt) {
        this.restatementId = restatementId;
        this.originalName = EvidenceFile.baseName(Objects.requireNonNull(originalName, "originalName"));
        this.type = Objects.requireNonNull(type, "type");
        this.sizeBytes = content.length;
        this.sha256 = EvidenceFile.sha256(content);
        this.storedName = Objects.requireNonNull(storedName, "storedName");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** Whether these bytes are the ones uploaded. */
    public boolean matches(byte[] content) {
        return content.length == sizeBytes && EvidenceFile.sha256(content).equals(sha256);
    }

    public Long id() {
        return id;
    }

    public Long restatementId() {
        return restatementId;
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

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
