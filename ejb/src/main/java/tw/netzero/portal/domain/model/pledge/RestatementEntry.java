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
import tw.netzero.portal.domain.model.filing.BaseYearRestatement;
import tw.netzero.portal.domain.model.filing.RestatementReason;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/** One line of a company's base-year restatement ledger, as stored. Never changed. */
@Entity
@Table(name = "base_year_restatement")
@NamedQuery(name = RestatementEntry.OF_COMPANY,
        query = "SELECT r FROM RestatementEntry r WHERE r.companyId = :companyId ORDER BY r.restatedAt, r.id")
public class RestatementEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPANY = "RestatementEntry.ofCompany";
    public static final int EXPLANATION_MAX = 2000;

    @Id
    @TableGenerator(name = "restatement_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "base_year_restatement", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "restatement_id")
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private Long companyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false, length = 24)
    private RestatementReason reason;

    @Column(name = "explanation", nullable = false, updatable = false, length = EXPLANATION_MAX)
    private String explanation;

    @Column(name = "old_total", nullable = false, updatable = false, precision = 15, scale = 3)
    private Emissions oldTotal;

    @Column(name = "new_total", nullable = false, updatable = false, precision = 15, scale = 3)
    private Emissions newTotal;

    @Column(name = "restated_at", nullable = false, updatable = false)
    private Instant restatedAt;

    @Column(name = "restated_by", nullable = false, updatable = false, length = 254)
    private String restatedBy;

    protected RestatementEntry() {
        // for JPA
    }

    public RestatementEntry(long companyId, BaseYearRestatement restatement, String explanation, String restatedBy,
                            Instant restatedAt) {
        if (explanation == null || explanation.isBlank()) {
            throw new DomainRuleViolation("restatement.explanationRequired");
        }
        if (explanation.strip().length() > EXPLANATION_MAX) {
            throw new FieldRuleViolation("explanation", "restatement.explanationSize", EXPLANATION_MAX);
        }
        this.companyId = companyId;
        this.reason = restatement.reason();
        this.oldTotal = restatement.oldTotal();
        this.newTotal = restatement.newTotal();
        this.explanation = explanation.strip();
        this.restatedBy = Objects.requireNonNull(restatedBy, "restatedBy");
        this.restatedAt = Objects.requireNonNull(restatedAt, "restatedAt");
    }

    public BaseYearRestatement restatement() {
        return new BaseYearRestatement(reason, oldTotal, newTotal);
    }

    public Long companyId() {
        return companyId;
    }

    public Long id() {
        return id;
    }

    public RestatementReason reason() {
        return reason;
    }

    public String explanation() {
        return explanation;
    }

    public Emissions oldTotal() {
        return oldTotal;
    }

    public Emissions newTotal() {
        return newTotal;
    }

    public Instant restatedAt() {
        return restatedAt;
    }

    public String restatedBy() {
        return restatedBy;
    }
}
