package tw.netzero.portal.domain.model.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CLOSES_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.OPENS_UTC;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class JuryTest {

    private static final long JUROR = 31L;
    private static final long CONFLICTED_JUROR = 32L;
    private static final long NOT_SEATED = 33L;

    private final CallForSolutions call = CallExamples.call(1L);
    private final Proposal proposal = CallExamples.proposal(call, 501L);
    private final Proposal other = CallExamples.proposal(call, 502L);
    private final Jury jury = new Jury(List.of(JUROR, CONFLICTED_JUROR),
            List.of(new ConflictOfInterest(501L, CONFLICTED_JUROR, "Former employer of the provider", OPENS_UTC)));

    @Test
    void aSeatedJurorAssessesEveryProposalTheyAreNotConflictedOn() {
        assertTrue(jury.mayAssess(JUROR, proposal));
        assertTrue(jury.mayAssess(JUROR, other));
        assertTrue(jury.mayAssess(CONFLICTED_JUROR, other));
    }

    @Test
    void aConflictedJurorNeitherSeesNorScoresTheProposal() {
        assertFalse(jury.mayAssess(CONFLICTED_JUROR, proposal));
        assertEquals("jury.conflicted", assertThrows(DomainRuleViolation.class,
                () -> jury.requireMayAssess(CONFLICTED_JUROR, proposal)).messageKey());
    }

    @Test
    void aJurorNotSeatedOnTheCallAssessesNothing() {
        assertFalse(jury.mayAssess(NOT_SEATED, proposal));
        assertEquals("jury.notSeated", assertThrows(DomainRuleViolation.class,
                () -> jury.requireMayAssess(NOT_SEATED, proposal)).messageKey());
    }

    @Test
    void aWithdrawnProposalIsNotAssessed() {
        other.withdraw(call, OPENS_UTC.plusSeconds(7200));
        assertFalse(jury.mayAssess(JUROR, other));
    }

    @Test
    void aConflictNeedsAReason() {
        assertEquals("reason", assertThrows(FieldRuleViolation.class,
                () -> new ConflictOfInterest(501L, JUROR, " ", OPENS_UTC)).field());
    }

    @Test
    void scoresAreOneToFivePerCriterion() {
        List<Integer> fives = List.of(5, 5, 5, 5, 5, 5);
        Scorecard card = Scorecard.score(call, 501L, JUROR, List.of(1, 1, 1, 1, 1, 1), null, CLOSES_UTC);
        card.rescore(call, fives, "Strong", CLOSES_UTC.plusSeconds(1));
        assertEquals(fives, card.scores());
        FieldRuleViolation zero = assertThrows(FieldRuleViolation.class,
                () -> card.rescore(call, List.of(5, 5, 0, 5, 5, 5), null, CLOSES_UTC));
        assertEquals("score2", zero.field());
        assertEquals("jury.score.range", zero.messageKey());
        assertThrows(FieldRuleViolation.class, () -> card.rescore(call, List.of(5, 5, 5, 5, 5, 6), null, CLOSES_UTC));
        assertEquals(fives, card.scores());
    }

    @Test
    void everyCriterionIsScored() {
        assertEquals("jury.score.everyCriterion", assertThrows(FieldRuleViolation.class,
                () -> Scorecard.score(call, 501L, JUROR, List.of(3, 3, 3, 3, 3), null, CLOSES_UTC)).messageKey());
    }

    @Test
    void theJuryScoresOnlyAfterTheDeadlineAndBeforeTheResults() {
        List<Integer> threes = List.of(3, 3, 3, 3, 3, 3);
        assertEquals("call.notJudging", assertThrows(DomainRuleViolation.class,
                () -> Scorecard.score(call, 501L, JUROR, threes, null, CLOSES_UTC.minusSeconds(1))).messageKey());
        Scorecard card = Scorecard.score(call, 501L, JUROR, threes, null, CLOSES_UTC);
        call.publishResults(List.of(proposal), Set.of(501L), Set.of(), CLOSES_UTC.plusSeconds(60));
        assertThrows(DomainRuleViolation.class, () -> card.rescore(call, threes, null, CLOSES_UTC.plusSeconds(61)));
    }
}
