package tw.netzero.portal.domain.model.pledge;

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

/**
 * A file that supports a base-year restatement (an inventory report, a verification statement, the
 * merger's papers), stored like a filing's evidence; seen by the company's users and the secretariat
 * only. Never changed once recorded.
 */
@Entity
@Table(name = "restatement_evidence")
@NamedQuery(name = RestatementEvidence.OF_RESTATEMENT,
        query = "SELECT e FROM RestatementEvidence e WHERE e.restatementId = :restatementId ORDER BY e.file.uploadedAt, e.id")
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

    @Embedded
    private StoredFile file;

    protected RestatementEvidence() {
        // for JPA
    }

    public RestatementEvidence(long restatementId, StoredFile file) {
        this.restatementId = restatementId;
        this.file = Objects.requireNonNull(file, "file");
    }

    public Long id() {
        return id;
    }

    public Long restatementId() {
        return restatementId;
    }

    public StoredFile file() {
        return file;
    }
}
