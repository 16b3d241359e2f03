package tw.netzero.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One line of the audit trail: who did what to which record, when. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DETAILS_MAX = 1000;

    @Id
    // Three entries per filing submitted: one allocation per 1,000 filings (decisions 0011, 0066).
    @TableGenerator(name = "audit_entry_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "audit_entry", allocationSize = 3_000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_entry_id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** E-mail of the signed-in user, or of the account a login was tried for; "anonymous" otherwise. */
    @Column(name = "actor", nullable = false, updatable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "target_type", updatable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 64)
    private String targetId;

    @Column(name = "details", updatable = false, length = DETAILS_MAX)
    private String details;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
                      String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details == null || details.length() <= DETAILS_MAX ? details : details.substring(0, DETAILS_MAX);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String details() {
        return details;
    }
}
