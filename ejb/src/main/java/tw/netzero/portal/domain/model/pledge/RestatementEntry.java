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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.PrivateWhileDraft;
import tw.netzero.portal.domain.model.shared.ReviewWorkflow;

/**
 * One base-year restatement a member submitted, as stored: its figures and explanation never
 * change; only its review moves it (issue 20, defect 14). It counts in the ledger, and shows to the
 * public, once the secretariat has accepted it; until then, and when returned, it is private.
 */
@Entity
@Table(name = "base_year_restatement")
@NamedQuery(name = RestatementEntry.OF_COMPANY,
        query = "SELECT r FROM RestatementEntry r WHERE r.companyId = :companyId ORDER BY r.restatedAt, r.id")
@NamedQuery(name = RestatementEntry.ACCEPTED_OF_COMPANY,
        query = "SELECT r FROM RestatementEntry r WHERE r.companyId = :companyId"
                + " AND r.status = tw.netzero.portal.domain.model.pledge.RestatementStatus.ACCEPTED"
                + " ORDER BY r.restatedAt, r.id")
public class RestatementEntry implements PrivateWhileDraft, Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPANY = "RestatementEntry.ofCompany";
    public static final String ACCEPTED_OF_COMPANY = "RestatementEntry.acceptedOfCompany";
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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RestatementStatus status;

    @Column(name = "reviewer", length = 254)
    private String reviewer;

    @Column(name = "review_comment", length = ReviewWorkflow.REVIEW_COMMENT_MAX)
    private String reviewComment;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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
        this.status = RestatementWorkflow.submitted(restatedAt).status();
    }

    /** The secretariat accepts it: from now on it is part of the ledger and public. Comment optional. */
    public void accept(String byReviewer, String comment, Instant now) {
        review(workflow -> workflow.accept(byReviewer, comment), now);
    }

    /** The secretariat returns it with a comment; it never counts. */
    public void returnForRevision(String byReviewer, String comment, Instant now) {
        review(workflow -> workflow.returnForRevision(byReviewer, comment), now);
    }

    private void review(Consumer<RestatementWorkflow> move, Instant now) {
        RestatementWorkflow workflow = RestatementWorkflow.restore(status, restatedAt, reviewer, reviewComment);
        move.accept(workflow);
        status = workflow.status();
        reviewer = workflow.reviewer();
        reviewComment = workflow.reviewComment();
        reviewedAt = Objects.requireNonNull(now, "now");
    }

    public RestatementStatus status() {
        return status;
    }

    public boolean isAccepted() {
        return status == RestatementStatus.ACCEPTED;
    }

    public boolean isWaiting() {
        return status == RestatementStatus.SUBMITTED;
    }

    /** Who accepted or returned it; null while it waits. */
    public String reviewer() {
        return reviewer;
    }

    public String reviewComment() {
        return reviewComment;
    }

    /** When it was accepted or returned; null while it waits. */
    public Instant reviewedAt() {
        return reviewedAt;
    }

    public long version() {
        return version;
    }

    /** Only an accepted restatement changes what the public sees (decision 0033). */
    @Override
    public boolean isPrivate() {
        return status != RestatementStatus.ACCEPTED;
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
