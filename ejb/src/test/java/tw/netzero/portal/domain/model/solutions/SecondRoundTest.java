package tw.netzero.portal.domain.model.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CLOSES;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CLOSES_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CRITERIA;
import static tw.netzero.portal.domain.model.solutions.CallExamples.DRAFTED;
import static tw.netzero.portal.domain.model.solutions.CallExamples.OPENS;
import static tw.netzero.portal.domain.model.solutions.CallExamples.OPENS_UTC;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/** A second round on a close call (decision 0055): when it may be asked for, what it concerns, round two's cards. */
class SecondRoundTest {

    private static final Instant JUDGING = CLOSES_UTC.plusSeconds(60);
    private static final String ADMIN = "admin@secretariat.example";

    /** One winner, so the line lies between the first and the second place. */
    private final CallForSolutions call = CallExamples.withId(CallForSolutions.draft(
            CallExamples.terms(CRITERIA, OPENS, CLOSES, 1), ADMIN, DRAFTED), 5L);

    @Test
    void isAskedOnTheCloseCallAndConcernsItsProposalsOnly() {
        SecondRound round = SecondRound.ask(call, CloseCallTest.ranking("3.60", "3.55", "2.00"), ADMIN, JUDGING);
        assertEquals(Set.of(1L, 2L), round.proposalIds());
        assertEquals(new BigDecimal("3.60"), round.lastWinnerScore());
        assertEquals(new BigDecimal("3.55"), round.firstNonWinnerScore());
        assertEquals(5L, round.callId());
        assertEquals(ADMIN, round.requestedBy());
        assertEquals(Scorecard.SECOND_ROUND, round.roundOf(2L));
        assertEquals(Scorecard.FIRST_ROUND, round.roundOf(3L));
        assertFalse(round.includes(3L));
    }

    @Test
    void isRefusedWhenTheRankingIsNotCloseAtTheLine() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> SecondRound.ask(call, CloseCallTest.ranking("3.61", "3.50"), ADMIN, JUDGING));
        assertEquals("secondRound.notClose", refused.messageKey());
        assertEquals(List.of(CloseCall.MARGIN), refused.arguments());
    }

    @Test
    void isAskedOnlyWhileTheJurySits() {
        assertEquals("call.notJudging", assertThrows(DomainRuleViolation.class, () -> SecondRound.ask(call,
                CloseCallTest.ranking("3.50", "3.50"), ADMIN, OPENS_UTC.plusSeconds(60))).messageKey());
        Proposal proposal = CallExamples.proposal(call, 11L);
        call.publishResults(List.of(proposal), Set.of(11L), Set.of(11L), JUDGING);
        assertEquals("call.notJudging", assertThrows(DomainRuleViolation.class, () -> SecondRound.ask(call,
                CloseCallTest.ranking("3.50", "3.50"), ADMIN, JUDGING.plusSeconds(60))).messageKey());
    }

    @Test
    void roundTwosCardIsACardOfItsOwnScoredWhileTheJurySits() {
        Scorecard again = Scorecard.score(call, Scorecard.SECOND_ROUND, 1L, 70L, List.of(4, 4, 4, 4, 4, 4), null, JUDGING);
        assertEquals(Scorecard.SECOND_ROUND, again.roundNumber());
        assertEquals(Scorecard.FIRST_ROUND,
                Scorecard.score(call, 1L, 70L, List.of(4, 4, 4, 4, 4, 4), null, JUDGING).roundNumber());
        assertThrows(IllegalArgumentException.class,
                () -> Scorecard.score(call, 3, 1L, 70L, List.of(4, 4, 4, 4, 4, 4), null, JUDGING));
        assertEquals("call.notJudging", assertThrows(DomainRuleViolation.class, () -> Scorecard.score(call,
                Scorecard.SECOND_ROUND, 1L, 70L, List.of(4, 4, 4, 4, 4, 4), null, CLOSES_UTC.minusSeconds(1))).messageKey());
        assertTrue(again.scores().stream().allMatch(score -> score == 4));
    }
}
