package tw.netzero.portal.domain.model.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The jury's weighted ranking of a call's proposals (issue 16, item 4; decision 0038).
 *
 * <p>A juror's score of a proposal is the weighted mean of their criterion scores (the call's
 * weights, which add up to 100): Σ weight × score / 100, on the 1–5 scale. A proposal's score is
 * the mean of its jurors' scores, and its spread the highest juror score minus the lowest, which
 * tells the secretariat where the jury disagrees. Both are kept to {@link #SCALE} decimals,
 * rounded half up, and compared at that precision.
 *
 * <p>Tie rule: proposals whose scores are equal at two decimals share a rank (standard competition
 * ranking, "1, 2, 2, 4") and are marked tied; the ranking does not break the tie — the secretariat
 * decides, or asks the jury for a second round. Among tied proposals the list shows the earlier
 * submitted (lower id) first, for a stable order only. Proposals no juror scored come last, unranked.
 */
public final class Ranking {

    /** Scores are compared at two decimals: finer differences are not a jury's judgement. */
    public static final int SCALE = 2;

    /** One proposal's place. {@code rank} is 0 and the figures null when no juror scored it. */
    public record Place(long proposalId, int rank, boolean tied, BigDecimal score, BigDecimal spread, int jurors)
            implements Serializable {

        public boolean isRanked() {
            return rank > 0;
        }
    }

    private Ranking() {
    }

    /**
     * Ranks the proposals given their scorecards ({@code scores} by proposal id: each juror's
     * criterion scores in the call's order). Every proposal id in {@code proposalIds} gets a place.
     */
    public static List<Place> of(List<Criterion> criteria, List<Long> proposalIds, Map<Long, List<List<Integer>>> scores) {
        List<Place> scored = new ArrayList<>();
        List<Place> unscored = new ArrayList<>();
        for (long proposalId : proposalIds.stream().sorted().toList()) {
            List<List<Integer>> cards = scores.getOrDefault(proposalId, List.of());
            if (cards.isEmpty()) {
                unscored.add(new Place(proposalId, 0, false, null, null, 0));
                continue;
            }
            List<BigDecimal> jurorScores = cards.stream().map(card -> weighted(criteria, card)).toList();
            BigDecimal sum = jurorScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal mean = sum.divide(BigDecimal.valueOf(jurorScores.size()), SCALE, RoundingMode.HALF_UP);
            BigDecimal spread = jurorScores.stream().max(Comparator.naturalOrder()).orElseThrow()
                    .subtract(jurorScores.stream().min(Comparator.naturalOrder()).orElseThrow());
            scored.add(new Place(proposalId, 0, false, mean, spread, jurorScores.size()));
        }
        // Highest score first; equal scores keep the id order of the loop above (stable sort).
        scored.sort(Comparator.comparing(Place::score).reversed());
        List<Place> ranked = new ArrayList<>(scored.size() + unscored.size());
        for (int index = 0; index < scored.size(); index++) {
            Place place = scored.get(index);
            int rank = index > 0 && scored.get(index - 1).score().compareTo(place.score()) == 0
                    ? ranked.get(index - 1).rank() : index + 1;
            boolean tied = sameScore(scored, index - 1, place) || sameScore(scored, index + 1, place);
            ranked.add(new Place(place.proposalId(), rank, tied, place.score(), place.spread(), place.jurors()));
        }
        ranked.addAll(unscored);
        return List.copyOf(ranked);
    }

    /** One juror's weighted score of a proposal on the 1–5 scale. */
    public static BigDecimal weighted(List<Criterion> criteria, List<Integer> criterionScores) {
        Objects.requireNonNull(criterionScores, "criterionScores");
        if (criterionScores.size() != criteria.size()) {
            throw new IllegalArgumentException(criterionScores.size() + " scores for " + criteria.size() + " criteria");
        }
        long weightedSum = 0;
        long totalWeight = 0;
        for (int position = 0; position < criteria.size(); position++) {
            weightedSum += (long) criteria.get(position).weight() * criterionScores.get(position);
            totalWeight += criteria.get(position).weight();
        }
        return BigDecimal.valueOf(weightedSum).divide(BigDecimal.valueOf(totalWeight), SCALE, RoundingMode.HALF_UP);
    }

    private static boolean sameScore(List<Place> scored, int index, Place place) {
        return index >= 0 && index < scored.size() && scored.get(index).score().compareTo(place.score()) == 0;
    }
}
