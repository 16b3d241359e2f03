package tw.netzero.portal.domain.model.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CLOSES_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.OPENS_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.content;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class ProposalTest {

    private final CallForSolutions call = CallExamples.call(1L);

    @Test
    void isSubmittedOnlyWhileTheCallIsOpen() {
        assertEquals("call.notYetOpen", assertThrows(DomainRuleViolation.class,
                () -> Proposal.submit(call, 9L, content("100"), OPENS_UTC.minusSeconds(1))).messageKey());
        Proposal.submit(call, 9L, content("100"), OPENS_UTC);
        Proposal.submit(call, 9L, content("100"), CLOSES_UTC.minusSeconds(1));
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> Proposal.submit(call, 9L, content("100"), CLOSES_UTC)).messageKey());
    }

    @Test
    void isEditableUntilTheDeadlineSecond() {
        Proposal proposal = Proposal.submit(call, 9L, content("100"), OPENS_UTC);
        proposal.revise(call, content("250.5"), CLOSES_UTC.minusSeconds(1));
        assertEquals(new BigDecimal("250.500"), proposal.expectedReduction().tonnes());
        assertThrows(DomainRuleViolation.class, () -> proposal.revise(call, content("300"), CLOSES_UTC));
        assertEquals(new BigDecimal("250.500"), proposal.expectedReduction().tonnes());
    }

    @Test
    void isWithdrawnUntilTheDeadlineAndThenNoLongerEdited() {
        Proposal late = Proposal.submit(call, 9L, content("100"), OPENS_UTC);
        assertThrows(DomainRuleViolation.class, () -> late.withdraw(call, CLOSES_UTC));
        assertEquals(ProposalStatus.SUBMITTED, late.status());

        Proposal proposal = Proposal.submit(call, 9L, content("100"), OPENS_UTC);
        proposal.withdraw(call, CLOSES_UTC.minusSeconds(1));
        assertEquals(ProposalStatus.WITHDRAWN, proposal.status());
        assertEquals("proposal.withdrawn", assertThrows(DomainRuleViolation.class,
                () -> proposal.revise(call, content("100"), CLOSES_UTC.minusSeconds(1))).messageKey());
    }

    @Test
    void rejectsACostRangeUpsideDown() {
        ProposalContent upsideDown = new ProposalContent("T", "S", BigDecimal.TEN, "B", new BigDecimal("2"),
                new BigDecimal("1"), 5, null);
        assertEquals("costToTwd", assertThrows(FieldRuleViolation.class,
                () -> Proposal.submit(call, 9L, upsideDown, OPENS_UTC)).field());
        Proposal.submit(call, 9L, new ProposalContent("T", "S", BigDecimal.TEN, "B", BigDecimal.ONE, BigDecimal.ONE, 5,
                null), OPENS_UTC);
    }

    @Test
    void aWithdrawnProposalCannotBeShortlisted() {
        Proposal proposal = Proposal.submit(call, 9L, content("100"), OPENS_UTC);
        proposal.withdraw(call, OPENS_UTC);
        assertThrows(DomainRuleViolation.class, () -> proposal.decide(ProposalOutcome.SHORTLISTED));
    }
}
