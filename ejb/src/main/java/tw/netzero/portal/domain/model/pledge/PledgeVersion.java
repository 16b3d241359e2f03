package tw.netzero.portal.domain.model.pledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import tw.netzero.portal.domain.model.shared.ReviewWorkflow;
import tw.netzero.portal.domain.model.shared.PrivateWhileDraft;

/**
 * One version of a company's pledge. A member edits it while it is a draft or returned, then
 * submits it, which freezes it; the secretariat reviews it. A revision of an approved pledge
 * is a new version; the approved one stays in force until the revision is approved.
 * Every move goes through {@link PledgeVersionWorkflow}, which refuses illegal ones.
 */
@Entity
@Table(name = "pledge_version")
@NamedQuery(name = PledgeVersion.OF_COMPANY,
        query = "SELECT v FROM PledgeVersion v WHERE v.companyId = :companyId ORDER BY v.number DESC")
@NamedQuery(name = PledgeVersion.IN_STATUS,
        query = "SELECT v FROM PledgeVersion v WHERE v.status IN :statuses ORDER BY v.submittedAt, v.id")
public class PledgeVersion implements PrivateWhileDraft, Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPANY = "PledgeVersion.ofCompany";
    public static final String IN_STATUS = "PledgeVersion.inStatus";

    @Id
    @TableGenerator(name = "pledge_version_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "pledge_version", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pledge_version_id")
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private Long companyId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PledgeStatus status;

    @Embedded
    private PledgeDraft content;

    /**
     * The content's targets, in order (decision 0016): an element collection of the version, so
     * they are written, read and deleted with it and a change to them alone raises {@link #version}.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pledge_target", joinColumns = @JoinColumn(name = "pledge_version_id"))
    @OrderColumn(name = "ordinal")
    private List<TargetDraft> targets = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** When the version was approved (null until then); targets fall due for review from it. */
    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "reviewer", length = 254)
    private String reviewer;

    @Column(name = "review_comment", length = ReviewWorkflow.REVIEW_COMMENT_MAX)
    private String reviewComment;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PledgeVersion() {
        // for JPA
    }

    private PledgeVersion(long companyId, int number, PledgeDraft content, Instant now) {
        this.companyId = companyId;
        this.number = number;
        this.content = Objects.requireNonNull(content, "content").copy();
        this.targets = new ArrayList<>(content.targets());
        this.status = PledgeStatus.DRAFT;
        this.createdAt = now;
    }

    /** The first version of a company's pledge, empty. */
    public static PledgeVersion first(long companyId, Instant now) {
        return new PledgeVersion(companyId, 1, new PledgeDraft(), now);
    }

    /** A revision starting from this version's content. */
    public PledgeVersion revise(Instant now) {
        return new PledgeVersion(companyId, number + 1, content(), now);
    }

    /** Replaces the content; only while the member may edit (draft or returned). */
    public void edit(PledgeDraft newContent) {
        workflow().requireEditableByMember();
        this.content = newContent.copy();
        this.targets = new ArrayList<>(newContent.targets());
    }

    /** Submits the version for review; the content must form valid, complete terms. */
    public void submit(Instant now, LocalDate today) {
        content().toTerms(today);
        apply(workflow -> workflow.submit(now));
    }

    public void take(String byReviewer) {
        apply(workflow -> workflow.take(byReviewer));
    }

    /** Approves the version under review; {@code now} is kept as its approval time. */
    public void approve(String byReviewer, String comment, Instant now) {
        Objects.requireNonNull(now, "now");
        apply(workflow -> workflow.approve(byReviewer, comment));
        approvedAt = now;
    }

    public void returnForRevision(String byReviewer, String comment) {
        apply(workflow -> workflow.returnForRevision(byReviewer, comment));
    }

    public void reject(String byReviewer, String comment) {
        apply(workflow -> workflow.reject(byReviewer, comment));
    }

    private PledgeVersionWorkflow workflow() {
        return PledgeVersionWorkflow.restore(status, submittedAt, reviewer, reviewComment);
    }

    private void apply(Consumer<PledgeVersionWorkflow> move) {
        PledgeVersionWorkflow workflow = workflow();
        move.accept(workflow);
        status = workflow.status();
        submittedAt = workflow.submittedAt();
        reviewer = workflow.reviewer();
        reviewComment = workflow.reviewComment();
    }

    /** Still being worked on or reviewed (not approved, not rejected). */
    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isEditableByMember() {
        return workflow().isEditableByMember();
    }

    /**
     * The terms of a complete version. Whether the base year lies in the future was checked
     * when it was typed and submitted; years passing since cannot make it so.
     */
    public Optional<PledgeTerms> terms() {
        PledgeDraft withTargets = content();
        return withTargets.isComplete() ? Optional.of(withTargets.toTerms(LocalDate.MAX)) : Optional.empty();
    }

    public Long id() {
        return id;
    }

    public long companyId() {
        return companyId;
    }

    public int number() {
        return number;
    }

    public PledgeStatus status() {
        return status;
    }

    /** A copy of the content, for editing; change the version only through {@link #edit}. */
    public PledgeDraft content() {
        PledgeDraft copy = content.copy();
        copy.replaceAllTargets(targets);
        return copy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** When the version was approved; null unless it is approved. */
    public Instant approvedAt() {
        return approvedAt;
    }

    /**
     * When the targets of this approved version fall due for SBTi's five-yearly review, as of
     * {@code today}; empty unless the version is approved.
     */
    public Optional<TargetReview> targetReview(LocalDate today, ZoneId zone) {
        return status != PledgeStatus.APPROVED || approvedAt == null ? Optional.empty()
                : Optional.of(TargetReview.of(LocalDate.ofInstant(approvedAt, zone), today));
    }

    public String reviewer() {
        return reviewer;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public long version() {
        return version;
    }

    /** A draft is the member's own work; a submitted version moves the member's public standing. */
    @Override
    public boolean isPrivate() {
        return status == PledgeStatus.DRAFT;
    }
}
