package tw.netzero.portal.domain.model.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.domain.model.solutions.CallExamples.CLOSES_UTC;
import static tw.netzero.portal.domain.model.solutions.CallExamples.OPENS_UTC;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/** Files attached to a proposal (decision 0055): added and removed while the proposal may be edited, ten at most. */
class ProposalAttachmentTest {

    private static final Instant OPEN = OPENS_UTC.plusSeconds(7200);
    private static final String PROVIDER = "provider@solar.example";

    private final CallForSolutions call = CallExamples.call(1L);
    private final Proposal proposal = CallExamples.proposal(call, 10L);

    @Test
    void isAttachedWhileTheCallIsOpen() {
        ProposalAttachment attachment = ProposalAttachment.attach(call, proposal, 0, file(), PROVIDER, OPEN);
        assertEquals(10L, attachment.proposalId());
        assertEquals("data-sheet.pdf", attachment.file().originalName());
        assertEquals(PROVIDER, attachment.uploadedBy());
        attachment.requireRemovable(call, proposal, OPEN);
    }

    @Test
    void isRefusedFromTheDeadlineSecondOnAndRemovedNoLonger() {
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> ProposalAttachment.attach(call, proposal, 0, file(), PROVIDER, CLOSES_UTC)).messageKey());
        ProposalAttachment attachment = ProposalAttachment.attach(call, proposal, 0, file(), PROVIDER, OPEN);
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> attachment.requireRemovable(call, proposal, CLOSES_UTC)).messageKey());
    }

    @Test
    void isRefusedOnAWithdrawnProposal() {
        proposal.withdraw(call, OPEN);
        assertEquals("proposal.withdrawn", assertThrows(DomainRuleViolation.class,
                () -> ProposalAttachment.requireRoomFor(call, proposal, 0, OPEN)).messageKey());
    }

    @Test
    void aProposalHoldsTenFilesAtMost() {
        ProposalAttachment.requireRoomFor(call, proposal, ProposalAttachment.MAX_PER_PROPOSAL - 1, OPEN);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> ProposalAttachment.requireRoomFor(call, proposal, ProposalAttachment.MAX_PER_PROPOSAL, OPEN));
        assertEquals("proposal.attachments.tooMany", refused.messageKey());
        assertEquals(10, ProposalAttachment.MAX_PER_PROPOSAL);
    }

    @Test
    void aFileIsRemovedOnlyFromItsOwnProposal() {
        ProposalAttachment attachment = ProposalAttachment.attach(call, proposal, 0, file(), PROVIDER, OPEN);
        Proposal another = CallExamples.proposal(call, 11L);
        assertThrows(IllegalArgumentException.class, () -> attachment.requireRemovable(call, another, OPEN));
    }

    private static StoredFile file() {
        return new StoredFile("data-sheet.pdf", EvidenceType.PDF, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
                UUID.randomUUID().toString(), OPEN);
    }
}
