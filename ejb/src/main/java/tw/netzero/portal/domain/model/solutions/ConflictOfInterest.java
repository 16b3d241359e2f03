package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * A juror's declaration that they have a conflict of interest on one proposal. Final: it cannot
 * be taken back, so a juror cannot step out of a proposal, look at the others and step back in.
 */
@Entity
@Table(name = "solution_conflict")
@NamedQuery(name = ConflictOfInterest.OF_CALL, query = "SELECT c FROM ConflictOfInterest c, Proposal p"
        + " WHERE c.proposalId = p.id AND p.callId = :call")
public class ConflictOfInterest {

    public static final String OF_CALL = "ConflictOfInterest.ofCall";
    public static final int REASON_MAX = 500;

    @Id
    @TableGenerator(name = "solution_conflict_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_conflict", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_conflict_id")
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "juror_account_id", nullable = false, updatable = false)
    private Long jurorAccountId;

    @Column(name = "reason", nullable = false, length = REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected ConflictOfInterest() {
        // for JPA
    }

    public ConflictOfInterest(long proposalId, long jurorAccountId, String reason, Instant now) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new FieldRuleViolation("reason", "jury.conflict.reason", REASON_MAX);
        }
        this.proposalId = proposalId;
        this.jurorAccountId = jurorAccountId;
        this.reason = reason.strip();
        this.declaredAt = now;
    }

    public Long proposalId() {
        return proposalId;
    }

    public Long jurorAccountId() {
        return jurorAccountId;
    }

    public String reason() {
        return reason;
    }
}
