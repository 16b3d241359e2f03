package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import tw.netzero.portal.domain.model.solutions.Scorecard;

/**
 * A juror's scorecard of a proposal as the scoring form shows it again: a read-only copy of {@link Scorecard}
 * (issue 19, item 2), one score per criterion in the call's order.
 */
public record ScorecardDetails(long proposalId, int roundNumber, List<Integer> scores, String comment)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The points a juror gives a criterion, lowest first. */
    public static final List<Integer> SCALE =
            IntStream.rangeClosed(Scorecard.MIN_SCORE, Scorecard.MAX_SCORE).boxed().toList();

    public ScorecardDetails {
        scores = List.copyOf(scores);
    }

    static ScorecardDetails of(Scorecard card) {
        return new ScorecardDetails(card.proposalId(), card.roundNumber(), card.scores(), card.comment());
    }
}
