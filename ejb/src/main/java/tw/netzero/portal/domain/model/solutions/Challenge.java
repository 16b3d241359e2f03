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
import java.time.Instant;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RequiredText;
import tw.netzero.portal.domain.model.shared.Scope;

/**
 * A reduction challenge a member company posts under an open call (issue 16, item 2; decision
 * 0044): an emissions source at one of its sites that it wants solved. The secretariat approves it
 * before it is public and open to proposals, or declines it with a reason. The company sees the
 * proposals addressed to it once the call has closed (item 6): never before, when they may still
 * change, and never another company's.
 */
@Entity
@Table(name = "solution_challenge")
@NamedQuery(name = Challenge.OF_COMPANY,
        query = "SELECT c FROM Challenge c WHERE c.companyId = :company ORDER BY c.postedAt DESC, c.id DESC")
public class Challenge implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPANY = "Challenge.ofCompany";

    public static final int TITLE_MAX = 200;
    public static final int SOURCE_MAX = 500;
    public static final int SITE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    /** The decline reason's column: a longer one is refused at the field, never cut. */
    public static final int REASON_MAX = 2000;

    @Id
    @TableGenerator(name = "solution_challenge_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_challenge", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_challenge_id")
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "emissions_source", nullable = false, length = SOURCE_MAX)
    private String emissionsSource;

    @Column(name = "site", nullable = false, length = SITE_MAX)
    private String site;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 16)
    private Scope scope;

    @Column(name = "tonnes_per_year", nullable = false, precision = 15, scale = 3)
    private Emissions tonnesPerYear;

    @Column(name = "required_outcome", nullable = false, length = TEXT_MAX)
    private String requiredOutcome;

    @Column(name = "shareable_data", nullable = false, length = TEXT_MAX)
    private String shareableData;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ChallengeStatus status;

    @Column(name = "posted_by", nullable = false, length = 254, updatable = false)
    private String postedBy;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Challenge() {
        // for JPA
    }

    /** Posts a challenge: only while the call is open (checked on the server); it waits for the secretariat. */
    public static Challenge post(CallForSolutions call, long companyId, ChallengeContent content, String postedBy,
                                 Instant now) {
        call.requireOpen(now);
        Challenge challenge = new Challenge();
        challenge.callId = call.id();
        challenge.companyId = companyId;
        challenge.title = content.title().strip();
        challenge.emissionsSource = content.emissionsSource().strip();
        challenge.site = content.site().strip();
        challenge.scope = Objects.requireNonNull(content.scope(), "scope");
        challenge.tonnesPerYear = Emissions.of(content.tonnesPerYear());
        challenge.requiredOutcome = content.requiredOutcome().strip();
        challenge.shareableData = content.shareableData().strip();
        challenge.status = ChallengeStatus.PENDING;
        challenge.postedBy = Objects.requireNonNull(postedBy, "postedBy");
        challenge.postedAt = Objects.requireNonNull(now, "now");
        return challenge;
    }

    /** Makes the challenge public and open to proposals: a pending one, while its call is open. */
    public void approve(CallForSolutions call, String reviewer, Instant now) {
        decide(call, ChallengeStatus.APPROVED, reviewer, null, now);
    }

    /** Declines a pending challenge with the reason the member reads; it is never public. */
    public void decline(CallForSolutions call, String reviewer, String reason, Instant now) {
        decide(call, ChallengeStatus.DECLINED, reviewer,
                RequiredText.stripped("reason", reason, REASON_MAX, "challenge.reason.required", "challenge.reason.size"),
                now);
    }

    private void decide(CallForSolutions call, ChallengeStatus decided, String reviewer, String reason, Instant now) {
        requireOf(call);
        if (status != ChallengeStatus.PENDING) {
            throw new DomainRuleViolation("challenge.notPending", status);
        }
        // Approving after the deadline would publish a challenge nobody can address any more.
        call.requireOpen(now);
        status = decided;
        decidedBy = Objects.requireNonNull(reviewer, "reviewer");
        decidedAt = now;
        declineReason = reason;
    }

    /** A proposal may address this challenge only when it is approved and under the proposal's call. */
    public void requireOpenToProposals(CallForSolutions call) {
        if (!Objects.equals(callId, call.id()) || status != ChallengeStatus.APPROVED) {
            throw new FieldRuleViolation("challenge", "proposal.challenge.notOpen");
        }
    }

    /**
     * Whether this company may read the proposals addressed to the challenge now: its own challenge,
     * once the call's deadline has passed (the proposals are final then; before, providers may still
     * edit or withdraw them, and the company could steer the competition).
     */
    public boolean showsProposalsTo(long readerCompanyId, CallForSolutions call, Instant now) {
        requireOf(call);
        CallPhase phase = call.phase(now);
        return readerCompanyId == companyId && (phase == CallPhase.CLOSED || phase == CallPhase.RESULTS_PUBLISHED);
    }

    private void requireOf(CallForSolutions call) {
        if (!Objects.equals(callId, call.id())) {
            throw new IllegalArgumentException("challenge " + id + " is not under call " + call.id());
        }
    }

    public boolean isApproved() {
        return status == ChallengeStatus.APPROVED;
    }

    public boolean isPending() {
        return status == ChallengeStatus.PENDING;
    }

    public Long id() {
        return id;
    }

    public Long callId() {
        return callId;
    }

    public long companyId() {
        return companyId;
    }

    public String title() {
        return title;
    }

    public String emissionsSource() {
        return emissionsSource;
    }

    public String site() {
        return site;
    }

    public Scope scope() {
        return scope;
    }

    public Emissions tonnesPerYear() {
        return tonnesPerYear;
    }

    public String requiredOutcome() {
        return requiredOutcome;
    }

    public String shareableData() {
        return shareableData;
    }

    public ChallengeStatus status() {
        return status;
    }

    public String postedBy() {
        return postedBy;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public long version() {
        return version;
    }
}
