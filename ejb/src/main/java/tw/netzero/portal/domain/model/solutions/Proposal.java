package tw.netzero.portal.domain.model.solutions;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * A solution provider's proposal to a call (issue 16, item 3). Submitted, edited and withdrawn
 * only while the call is open: every change asks the call, so the deadline holds on the server
 * whatever a page shows.
 */
@Entity
@Table(name = "solution_proposal")
@NamedQuery(name = Proposal.OF_PROVIDER,
        query = "SELECT p FROM Proposal p WHERE p.providerAccountId = :provider ORDER BY p.submittedAt DESC, p.id DESC")
@NamedQuery(name = Proposal.OF_CALL, query = "SELECT p FROM Proposal p WHERE p.callId = :call ORDER BY p.id")
public class Proposal implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_PROVIDER = "Proposal.ofProvider";
    public static final String OF_CALL = "Proposal.ofCall";

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    /**
     * Technology readiness levels 1 (basic principles observed) to 9 (actual system proven in
     * operational environment): the scale of ISO 16290:2013 and the EU Horizon 2020 work programme
     * (General Annex G).
     */
    public static final int READINESS_MIN = 1;
    public static final int READINESS_MAX = 9;

    @Id
    @TableGenerator(name = "solution_proposal_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_proposal", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_proposal_id")
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @Column(name = "provider_account_id", nullable = false, updatable = false)
    private Long providerAccountId;

    /** The approved challenge of the call this proposal addresses; null: the call as a whole (decision 0044). */
    @Column(name = "challenge_id", updatable = false)
    private Long challengeId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "summary", nullable = false, length = TEXT_MAX)
    private String summary;

    @Column(name = "expected_reduction_t", nullable = false, precision = 15, scale = 3)
    private Emissions expectedReduction;

    @Column(name = "reduction_basis", nullable = false, length = TEXT_MAX)
    private String reductionBasis;

    @Column(name = "cost_from_twd", nullable = false, precision = 15, scale = 0)
    private BigDecimal costFromTwd;

    @Column(name = "cost_to_twd", nullable = false, precision = 15, scale = 0)
    private BigDecimal costToTwd;

    @Column(name = "readiness_level", nullable = false)
    private int readinessLevel;

    @Column(name = "reference_list", length = TEXT_MAX)
    private String references;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProposalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private ProposalOutcome outcome;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Proposal() {
        // for JPA
    }

    private Proposal(CallForSolutions call, long providerAccountId, Instant now) {
        this.callId = call.id();
        this.providerAccountId = providerAccountId;
        this.status = ProposalStatus.SUBMITTED;
        this.outcome = ProposalOutcome.NONE;
        this.submittedAt = now;
    }

    /** A proposal to the call as a whole. */
    public static Proposal submit(CallForSolutions call, long providerAccountId, ProposalContent content, Instant now) {
        return submit(call, null, providerAccountId, content, now);
    }

    /**
     * A proposal to one challenge of the call, which must be approved and under this call; null
     * addresses the call as a whole.
     */
    public static Proposal submit(CallForSolutions call, Challenge challenge, long providerAccountId,
                                  ProposalContent content, Instant now) {
        call.requireOpen(now);
        if (challenge != null) {
            challenge.requireOpenToProposals(call);
        }
        Proposal proposal = new Proposal(call, providerAccountId, now);
        proposal.challengeId = challenge == null ? null : challenge.id();
        proposal.apply(content, now);
        return proposal;
    }

    /** Edits the proposal: only the call's open period, and not once withdrawn. */
    public void revise(CallForSolutions call, ProposalContent content, Instant now) {
        requireEditable(call, now);
        apply(content, now);
    }

    /** Withdraws the proposal before the deadline; it is then neither scored nor published. */
    public void withdraw(CallForSolutions call, Instant now) {
        requireEditable(call, now);
        status = ProposalStatus.WITHDRAWN;
        updatedAt = now;
    }

    /**
     * Refuses a change once the call's deadline has passed or the proposal is withdrawn: its content,
     * and its attachments (decision 0055), change only while the call is open.
     */
    public void requireEditable(CallForSolutions call, Instant now) {
        requireOf(call);
        call.requireOpen(now);
        if (status == ProposalStatus.WITHDRAWN) {
            throw new DomainRuleViolation("proposal.withdrawn");
        }
    }

    private void apply(ProposalContent content, Instant now) {
        if (content.costToTwd().compareTo(content.costFromTwd()) < 0) {
            throw new FieldRuleViolation("costToTwd", "proposal.cost.order");
        }
        title = content.title().strip();
        summary = content.summary().strip();
        expectedReduction = Emissions.of(content.expectedReductionTonnesPerYear());
        reductionBasis = content.reductionBasis().strip();
        costFromTwd = content.costFromTwd();
        costToTwd = content.costToTwd();
        readinessLevel = content.readinessLevel();
        references = content.references() == null || content.references().isBlank() ? null : content.references().strip();
        updatedAt = now;
    }

    /** Records the published outcome (the call checks that results may be published). */
    public void decide(ProposalOutcome decided) {
        if (status == ProposalStatus.WITHDRAWN && decided != ProposalOutcome.NONE) {
            throw new DomainRuleViolation("proposal.withdrawn");
        }
        outcome = Objects.requireNonNull(decided, "outcome");
    }

    private void requireOf(CallForSolutions call) {
        if (!Objects.equals(callId, call.id())) {
            throw new IllegalArgumentException("proposal " + id + " is not in call " + call.id());
        }
    }

    public boolean isSubmitted() {
        return status == ProposalStatus.SUBMITTED;
    }

    public boolean isShortlisted() {
        return outcome != ProposalOutcome.NONE;
    }

    public Long id() {
        return id;
    }

    public Long callId() {
        return callId;
    }

    public Long providerAccountId() {
        return providerAccountId;
    }

    /** The challenge addressed; null for the call as a whole. */
    public Long challengeId() {
        return challengeId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Emissions expectedReduction() {
        return expectedReduction;
    }

    public String reductionBasis() {
        return reductionBasis;
    }

    public BigDecimal costFromTwd() {
        return costFromTwd;
    }

    public BigDecimal costToTwd() {
        return costToTwd;
    }

    public int readinessLevel() {
        return readinessLevel;
    }

    public String references() {
        return references;
    }

    public ProposalStatus status() {
        return status;
    }

    public ProposalOutcome outcome() {
        return outcome;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** The content as it stands, for an edit form. */
    public ProposalContent content() {
        return new ProposalContent(title, summary, expectedReduction.tonnes(), reductionBasis, costFromTwd, costToTwd,
                readinessLevel, references);
    }
}
