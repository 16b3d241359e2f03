package tw.netzero.portal.domain.model.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The close call at the winners' line (decision 0055): its boundaries and the proposals it concerns. */
class CloseCallTest {

    @Test
    void aGapOfExactlyTheMarginIsClose() {
        CloseCall close = CloseCall.in(ranking("3.60", "3.50", "3.00"), 1).orElseThrow();
        assertEquals(new BigDecimal("3.60"), close.lastWinnerScore());
        assertEquals(new BigDecimal("3.50"), close.firstNonWinnerScore());
        assertEquals(new BigDecimal("0.10"), close.gap());
        assertEquals(Set.of(1L, 2L), close.proposalIds());
    }

    @Test
    void aGapOfAHundredthMoreThanTheMarginIsNotClose() {
        assertTrue(CloseCall.in(ranking("3.61", "3.50", "3.00"), 1).isEmpty());
    }

    @Test
    void theLineLiesAfterTheCallsNumberOfWinners() {
        // Winners 2: the line is between 4.00 (second) and 3.95 (third); 4.50 over 4.00 is not a question.
        CloseCall close = CloseCall.in(ranking("4.50", "4.00", "3.95", "2.00"), 2).orElseThrow();
        assertEquals(Set.of(2L, 3L), close.proposalIds());
        assertTrue(CloseCall.in(ranking("4.50", "4.00", "3.95", "2.00"), 1).isEmpty(), "4.50 over 4.00: not close");
    }

    @Test
    void aTieAcrossTheLineIsCloseAndConcernsEveryTiedProposal() {
        CloseCall close = CloseCall.in(ranking("4.00", "3.50", "3.50", "3.50", "3.00"), 2).orElseThrow();
        assertEquals(BigDecimal.ZERO.setScale(2), close.gap());
        assertEquals(Set.of(2L, 3L, 4L), close.proposalIds());
    }

    @Test
    void proposalsTiedWithEitherPlaceAreConcernedOthersWithinTheMarginAreNot() {
        // 3.45 is within 0.10 of the last winner's 3.55 but holds neither score: it is not concerned.
        CloseCall close = CloseCall.in(ranking("3.55", "3.50", "3.50", "3.45"), 1).orElseThrow();
        assertEquals(Set.of(1L, 2L, 3L), close.proposalIds());
    }

    @Test
    void noCloseCallWhenNoMoreProposalsAreScoredThanThereAreWinners() {
        List<Ranking.Place> places = new ArrayList<>(ranking("3.50", "3.45"));
        places.add(new Ranking.Place(3L, 0, false, null, null, 0)); // unscored, unranked
        assertTrue(CloseCall.in(places, 2).isEmpty());
        assertTrue(CloseCall.in(places, 1).isPresent());
    }

    /** Places 1, 2, 3… holding these scores in this order (the highest first, as {@link Ranking#of} gives them). */
    static List<Ranking.Place> ranking(String... scores) {
        List<Ranking.Place> places = new ArrayList<>();
        for (int index = 0; index < scores.length; index++) {
            places.add(new Ranking.Place(index + 1L, index + 1, false, new BigDecimal(scores[index]), BigDecimal.ZERO, 2));
        }
        return places;
    }
}
