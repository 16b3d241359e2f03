package tw.netzero.portal.domain.model.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CLOSES;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CLOSES_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CRITERIA;
import static tw.netzero.portal.domain.model.solutions.CallExamples.DRAFTED;
import static tw.netzero.portal.domain.model.solutions.CallExamples.OPENS;
import static tw.netzero.portal.domain.model.solutions.CallExamples.OPENS_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.terms;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class CallForSolutionsTest {

    private final CallForSolutions call = CallExamples.call(1L);

    @Test
    void opensAndClosesAtItsTaipeiTimes() {
        assertEquals(OPENS_UTC, call.opensAt());
        assertEquals(CLOSES_UTC, call.closesAt());
        assertEquals(OPENS, call.opensAtInTaipei());
    }

    @Test
    void isADraftUntilTheOpeningSecondThenOpenUntilTheDeadlineSecond() {
        assertEquals(CallPhase.DRAFT, call.phase(OPENS_UTC.minusSeconds(1)));
        assertEquals(CallPhase.OPEN, call.phase(OPENS_UTC));
        assertEquals(CallPhase.OPEN, call.phase(CLOSES_UTC.minusSeconds(1)));
        assertEquals(CallPhase.CLOSED, call.phase(CLOSES_UTC));
    }

    @Test
    void isEditableOnlyUntilItOpens() {
        call.revise(terms(CRITERIA, OPENS, CLOSES, 10), OPENS_UTC.minusSeconds(1));
        assertEquals(10, call.winners());
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> call.revise(terms(CRITERIA, OPENS.plusDays(1), CLOSES, 10), OPENS_UTC));
        assertEquals("call.notDraft", refused.messageKey());
        assertEquals(OPENS_UTC, call.opensAt());
    }

    @Test
    void rejectsWeightsThatDoNotAddUpToOneHundred() {
        List<Criterion> ninetyNine = List.of(new Criterion("Impact", "影響力", 50), new Criterion("Cost", "成本", 49));
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                () -> CallForSolutions.draft(terms(ninetyNine, OPENS, CLOSES, 3), "a", DRAFTED));
        assertEquals("criteria", refused.field());
        assertEquals("call.criteria.weights", refused.messageKey());
        List<Criterion> hundred = List.of(new Criterion("Impact", "影響力", 51), new Criterion("Cost", "成本", 49));
        CallForSolutions.draft(terms(hundred, OPENS, CLOSES, 3), "a", DRAFTED);
    }

    @Test
    void rejectsAWeightOutsideOneToOneHundred() {
        assertThrows(DomainRuleViolation.class, () -> new Criterion("Impact", "影響力", 0));
        assertThrows(DomainRuleViolation.class, () -> new Criterion("Impact", "影響力", 101));
    }

    @Test
    void rejectsAnOpeningTimeNotAheadAndADeadlineNotAfterTheOpening() {
        FieldRuleViolation past = assertThrows(FieldRuleViolation.class,
                () -> CallForSolutions.draft(terms(), "a", OPENS_UTC));
        assertEquals("opensAt", past.field());
        FieldRuleViolation sameTime = assertThrows(FieldRuleViolation.class,
                () -> CallForSolutions.draft(terms(CRITERIA, OPENS, OPENS, 3), "a", DRAFTED));
        assertEquals("closesAt", sameTime.field());
        CallForSolutions.draft(terms(CRITERIA, OPENS, OPENS.plusMinutes(1), 3), "a", DRAFTED);
    }

    @Test
    void needsAtLeastOneWinnerAndNoMoreThanTheBound() {
        assertEquals("winners", assertThrows(FieldRuleViolation.class,
                () -> CallForSolutions.draft(terms(CRITERIA, OPENS, CLOSES, 0), "a", DRAFTED)).field());
        assertEquals("winners", assertThrows(FieldRuleViolation.class, () -> CallForSolutions.draft(
                terms(CRITERIA, OPENS, CLOSES, CallForSolutions.MAX_WINNERS + 1), "a", DRAFTED)).field());
        CallForSolutions.draft(terms(CRITERIA, OPENS, CLOSES, CallForSolutions.MAX_WINNERS), "a", DRAFTED);
    }

    @Test
    void resultsArePublishedOnlyAfterTheDeadlineAndOnce() {
        List<Proposal> proposals = List.of(CallExamples.proposal(call, 11L), CallExamples.proposal(call, 12L));
        assertEquals("call.notJudging", assertThrows(DomainRuleViolation.class,
                () -> call.publishResults(proposals, Set.of(11L), Set.of(11L), CLOSES_UTC.minusSeconds(1))).messageKey());
        call.publishResults(proposals, Set.of(11L, 12L), Set.of(12L), CLOSES_UTC);
        assertEquals(CallPhase.RESULTS_PUBLISHED, call.phase(CLOSES_UTC.plusSeconds(1)));
        assertEquals(List.of(ProposalOutcome.SHORTLISTED, ProposalOutcome.WINNER),
                proposals.stream().map(Proposal::outcome).toList());
        assertThrows(DomainRuleViolation.class,
                () -> call.publishResults(proposals, Set.of(11L), Set.of(), CLOSES_UTC.plusSeconds(2)));
    }

    @Test
    void winnersComeFromTheShortlistAndNoMoreThanTheCallNames() {
        call.revise(terms(CRITERIA, OPENS, CLOSES, 1), DRAFTED);
        List<Proposal> proposals = List.of(CallExamples.proposal(call, 11L), CallExamples.proposal(call, 12L));
        assertEquals("call.results.winnersOnShortlist", assertThrows(FieldRuleViolation.class,
                () -> call.publishResults(proposals, Set.of(11L), Set.of(12L), CLOSES_UTC)).messageKey());
        assertEquals("call.results.tooManyWinners", assertThrows(FieldRuleViolation.class,
                () -> call.publishResults(proposals, Set.of(11L, 12L), Set.of(11L, 12L), CLOSES_UTC)).messageKey());
        assertEquals("call.results.shortlist", assertThrows(FieldRuleViolation.class,
                () -> call.publishResults(proposals, Set.of(13L), Set.of(), CLOSES_UTC)).messageKey());
        assertEquals(CallPhase.CLOSED, call.phase(CLOSES_UTC));
        assertEquals(ProposalOutcome.NONE, proposals.get(0).outcome());
    }
}
