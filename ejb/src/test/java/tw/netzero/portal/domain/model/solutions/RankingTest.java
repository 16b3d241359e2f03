package tw.netzero.portal.domain.model.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    /** Impact 60 %, cost 40 %. */
    private static final List<Criterion> CRITERIA = List.of(new Criterion("Impact", "影響力", 60),
            new Criterion("Cost", "成本", 40));

    @Test
    void aJurorsScoreIsTheWeightedMeanOfTheirCriterionScores() {
        assertEquals(new BigDecimal("4.20"), Ranking.weighted(CRITERIA, List.of(5, 3))); // (300 + 120) / 100
        assertEquals(new BigDecimal("1.00"), Ranking.weighted(CRITERIA, List.of(1, 1)));
        assertEquals(new BigDecimal("5.00"), Ranking.weighted(CRITERIA, List.of(5, 5)));
    }

    @Test
    void weightsDecideBetweenProposalsWithTheSameUnweightedTotal() {
        List<Ranking.Place> places = Ranking.of(CRITERIA, List.of(1L, 2L),
                Map.of(1L, List.of(List.of(3, 5)), 2L, List.of(List.of(5, 3))));
        assertEquals(2L, places.get(0).proposalId());
        assertEquals(1, places.get(0).rank());
        assertEquals(new BigDecimal("4.20"), places.get(0).score());
        assertEquals(2, places.get(1).rank());
        assertEquals(new BigDecimal("3.80"), places.get(1).score());
        assertFalse(places.get(0).tied());
    }

    @Test
    void equalScoresShareARankAndTheNextRankIsSkipped() {
        List<Ranking.Place> places = Ranking.of(CRITERIA, List.of(7L, 3L, 5L, 9L), Map.of(
                7L, List.of(List.of(4, 4)),
                3L, List.of(List.of(5, 5)),
                5L, List.of(List.of(4, 4)),
                9L, List.of(List.of(2, 2))));
        assertEquals(List.of(3L, 5L, 7L, 9L), places.stream().map(Ranking.Place::proposalId).toList());
        assertEquals(List.of(1, 2, 2, 4), places.stream().map(Ranking.Place::rank).toList());
        assertEquals(List.of(false, true, true, false), places.stream().map(Ranking.Place::tied).toList());
    }

    @Test
    void aDifferenceOfLessThanHalfAHundredthIsATie() {
        // 3 jurors: (4.20 + 4.20 + 4.00) / 3 = 4.1333 -> 4.13; (4.20 + 4.00 + 4.20) / 3 -> 4.13 as well.
        List<Ranking.Place> places = Ranking.of(CRITERIA, List.of(1L, 2L), Map.of(
                1L, List.of(List.of(5, 3), List.of(5, 3), List.of(4, 4)),
                2L, List.of(List.of(5, 3), List.of(4, 4), List.of(5, 3))));
        assertEquals(new BigDecimal("4.13"), places.get(0).score());
        assertTrue(places.get(0).tied());
        assertEquals(1, places.get(1).rank());
    }

    @Test
    void theSpreadIsTheHighestJurorScoreMinusTheLowest() {
        Ranking.Place place = Ranking.of(CRITERIA, List.of(1L), Map.of(1L,
                List.of(List.of(5, 5), List.of(1, 1), List.of(3, 3)))).get(0);
        assertEquals(new BigDecimal("4.00"), place.spread());
        assertEquals(new BigDecimal("3.00"), place.score());
        assertEquals(3, place.jurors());
    }

    @Test
    void proposalsNobodyScoredComeLastUnranked() {
        List<Ranking.Place> places = Ranking.of(CRITERIA, List.of(1L, 2L), Map.of(2L, List.of(List.of(1, 1))));
        assertEquals(2L, places.get(0).proposalId());
        Ranking.Place unscored = places.get(1);
        assertFalse(unscored.isRanked());
        assertNull(unscored.score());
    }
}
