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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * One juror's scores of one proposal in one round: one whole score from {@link #MIN_SCORE} to
 * {@link #MAX_SCORE} per criterion of the call, in the call's order, and a comment. The juror may change
 * it while the jury sits (the call closed, results not yet published). Round two's scorecards
 * ({@link SecondRound}) are cards of their own: round one's stay as they were, for the record.
 */
@Entity
@Table(name = "solution_scorecard")
@NamedQuery(name = Scorecard.OF_CALL, query = "SELECT s FROM Scorecard s, Proposal p"
        + " WHERE s.proposalId = p.id AND p.callId = :call ORDER BY s.proposalId, s.jurorAccountId")
@NamedQuery(name = Scorecard.OF_JUROR_AND_PROPOSAL,
        query = "SELECT s FROM Scorecard s WHERE s.proposalId = :proposal AND s.jurorAccountId = :juror"
                + " AND s.roundNumber = :round")
public class Scorecard {

    public static final String OF_CALL = "Scorecard.ofCall";
    public static final String OF_JUROR_AND_PROPOSAL = "Scorecard.ofJurorAndProposal";

    /** Scores 1 to 5 per criterion (issue 16, item 4). */
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int COMMENT_MAX = 2000;
    public static final int FIRST_ROUND = 1;
    public static final int SECOND_ROUND = 2;

    @Id
    @TableGenerator(name = "solution_scorecard_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_scorecard", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_scorecard_id")
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "juror_account_id", nullable = false, updatable = false)
    private Long jurorAccountId;

    @Column(name = "round_number", nullable = false, updatable = false)
    private int roundNumber = FIRST_ROUND;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_score", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "criterion_position")
    @Column(name = "score", nullable = false)
    private List<Integer> scores = new ArrayList<>();

    @Column(name = "comment_text", length = COMMENT_MAX)
    private String comment;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Scorecard() {
        // for JPA
    }

    /** A juror's first scores of a proposal in round one; the jury rules ({@link Jury}) are checked before. */
    public static Scorecard score(CallForSolutions call, long proposalId, long jurorAccountId, List<Integer> scores,
                                  String comment, Instant now) {
        return score(call, FIRST_ROUND, proposalId, jurorAccountId, scores, comment, now);
    }

    /** A juror's first scores of a proposal in this round ({@link SecondRound#roundOf}). */
    public static Scorecard score(CallForSolutions call, int round, long proposalId, long jurorAccountId,
                                  List<Integer> scores, String comment, Instant now) {
        if (round != FIRST_ROUND && round != SECOND_ROUND) {
            throw new IllegalArgumentException("no round " + round);
        }
        Scorecard card = new Scorecard();
        card.roundNumber = round;
        card.proposalId = proposalId;
        card.jurorAccountId = jurorAccountId;
        card.rescore(call, scores, comment, now);
        return card;
    }

    /** Replaces the scores and the comment while the jury sits. */
    public void rescore(CallForSolutions call, List<Integer> newScores, String newComment, Instant now) {
        call.requireJudging(now);
        int criteria = call.criteria().size();
        if (newScores == null || newScores.size() != criteria) {
            throw new FieldRuleViolation("scores", "jury.score.everyCriterion", criteria);
        }
        for (int position = 0; position < criteria; position++) {
            Integer score = newScores.get(position);
            if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
                throw new FieldRuleViolation("score" + position, "jury.score.range", MIN_SCORE, MAX_SCORE);
            }
        }
        if (newComment != null && newComment.strip().length() > COMMENT_MAX) {
            throw new FieldRuleViolation("comment", "jury.comment.size", COMMENT_MAX);
        }
        scores.clear();
        scores.addAll(newScores);
        comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
        scoredAt = now;
    }

    public Long id() {
        return id;
    }

    public Long proposalId() {
        return proposalId;
    }

    public Long jurorAccountId() {
        return jurorAccountId;
    }

    public int roundNumber() {
        return roundNumber;
    }

    public List<Integer> scores() {
        return List.copyOf(scores);
    }

    public String comment() {
        return comment;
    }

    public Instant scoredAt() {
        return scoredAt;
    }

    public long version() {
        return version;
    }
}
