package tw.netzero.portal.domain.model.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ranking too close to call at the winners' line (issue 16, item 4; decision 0055): the score of the
 * last winner place and that of the first place below it differ by at most {@link #MARGIN}. The
 * proposals concerned are those two places, with every proposal tied with either; the secretariat may
 * ask the jury to score them again.
 *
 * @param lastWinnerScore the score of place {@code winners} (the last a winner can take)
 * @param firstNonWinnerScore the score of the place after it
 * @param proposalIds the proposals holding either score
 */
public record CloseCall(BigDecimal lastWinnerScore, BigDecimal firstNonWinnerScore, Set<Long> proposalIds)
        implements Serializable {

    /**
     * A tenth of a point on the 1–5 scale: one juror moving one score by one point on a criterion that
     * weighs 10 % (weights are whole percentages; the demo call's lightest criteria weigh 10 %) moves that
     * juror's weighted score by exactly this much: a gap this small is one judgement of one juror.
     */
    public static final BigDecimal MARGIN = new BigDecimal("0.10");

    public CloseCall {
        proposalIds = Set.copyOf(proposalIds);
    }

    /**
     * The close call at the winners' line of this ranking ({@link Ranking#of}: scored places first, the
     * highest first), or empty when no more proposals were scored than there are winners or the gap is
     * wider than {@link #MARGIN}.
     */
    public static Optional<CloseCall> in(List<Ranking.Place> ranking, int winners) {
        List<Ranking.Place> scored = ranking.stream().filter(Ranking.Place::isRanked).toList();
        if (winners < 1 || scored.size() <= winners) {
            return Optional.empty();
        }
        BigDecimal lastWinner = scored.get(winners - 1).score();
        BigDecimal firstNonWinner = scored.get(winners).score();
        if (lastWinner.subtract(firstNonWinner).compareTo(MARGIN) > 0) {
            return Optional.empty();
        }
        Set<Long> concerned = scored.stream()
                .filter(place -> place.score().compareTo(lastWinner) == 0 || place.score().compareTo(firstNonWinner) == 0)
                .map(Ranking.Place::proposalId).collect(Collectors.toSet());
        return Optional.of(new CloseCall(lastWinner, firstNonWinner, concerned));
    }

    /** How far apart the two places are (0 when they are tied). */
    public BigDecimal gap() {
        return lastWinnerScore.subtract(firstNonWinnerScore);
    }
}
