package tw.netzero.portal.domain.model.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.util.Objects;
import tw.netzero.portal.domain.model.evidence.StoredFile;

/** A file attached to a progress filing as evidence, and who uploaded it. Never changed once recorded. */
@Entity
@Table(name = "evidence_file")
@NamedQuery(name = EvidenceFile.OF_FILING,
        query = "SELECT e FROM EvidenceFile e WHERE e.filingId = :filingId ORDER BY e.file.uploadedAt, e.id")
public class EvidenceFile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_FILING = "EvidenceFile.ofFiling";

    @Id
    @TableGenerator(name = "evidence_file_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "evidence_file", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "evidence_file_id")
    private Long id;

    @Column(name = "filing_id", nullable = false, updatable = false)
    private Long filingId;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 254)
    private String uploadedBy;

    protected EvidenceFile() {
        // for JPA
    }

    public EvidenceFile(long filingId, StoredFile file, String uploadedBy) {
        this.filingId = filingId;
        this.file = Objects.requireNonNull(file, "file");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    }

    public Long id() {
        return id;
    }

    public Long filingId() {
        return filingId;
    }

    public StoredFile file() {
        return file;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
