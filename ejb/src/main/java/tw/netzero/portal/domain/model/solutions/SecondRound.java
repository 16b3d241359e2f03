package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * The jury asked to score again the proposals of a {@link CloseCall} (issue 16, item 4; decision 0055).
 * Once per call, while the jury sits. The jurors' round-two scorecards are kept apart from round one's,
 * which stay for the record; the ranking takes round two's scores for the proposals concerned.
 */
@Entity
@Table(name = "solution_second_round")
@NamedQuery(name = SecondRound.OF_CALL, query = "SELECT r FROM SecondRound r WHERE r.callId = :call")
public class SecondRound implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_CALL = "SecondRound.ofCall";

    @Id
    @TableGenerator(name = "solution_second_round_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_second_round", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_second_round_id")
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_second_round_proposal", joinColumns = @JoinColumn(name = "second_round_id"))
    @Column(name = "proposal_id", nullable = false)
    private Set<Long> proposalIds = new HashSet<>();

    @Column(name = "last_winner_score", nullable = false, updatable = false, precision = 4, scale = 2)
    private BigDecimal lastWinnerScore;

    @Column(name = "first_non_winner_score", nullable = false, updatable = false, precision = 4, scale = 2)
    private BigDecimal firstNonWinnerScore;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SecondRound() {
        // for JPA
    }

    /**
     * Asks for a second round on the call's close call at the winners' line, judged on its ranking now.
     * Refused outside the jury's time ({@code call.notJudging}) and when the ranking is not close there
     * ({@code secondRound.notClose}).
     */
    public static SecondRound ask(CallForSolutions call, List<Ranking.Place> ranking, String requestedBy, Instant now) {
        call.requireJudging(now);
        CloseCall close = CloseCall.in(ranking, call.winners())
                .orElseThrow(() -> new DomainRuleViolation("secondRound.notClose", CloseCall.MARGIN));
        SecondRound round = new SecondRound();
        round.callId = call.id();
        round.proposalIds.addAll(close.proposalIds());
        round.lastWinnerScore = close.lastWinnerScore();
        round.firstNonWinnerScore = close.firstNonWinnerScore();
        round.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        round.requestedAt = now;
        return round;
    }

    public boolean includes(long proposalId) {
        return proposalIds.contains(proposalId);
    }

    /** The round whose scores count for the proposal: {@link Scorecard#SECOND_ROUND} for those concerned. */
    public int roundOf(long proposalId) {
        return includes(proposalId) ? Scorecard.SECOND_ROUND : Scorecard.FIRST_ROUND;
    }

    public Long id() {
        return id;
    }

    public Long callId() {
        return callId;
    }

    public Set<Long> proposalIds() {
        return Set.copyOf(proposalIds);
    }

    public BigDecimal lastWinnerScore() {
        return lastWinnerScore;
    }

    public BigDecimal firstNonWinnerScore() {
        return firstNonWinnerScore;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public long version() {
        return version;
    }
}
