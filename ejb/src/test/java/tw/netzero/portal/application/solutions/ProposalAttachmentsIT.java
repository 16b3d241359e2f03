package tw.netzero.portal.application.solutions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.testing.CallParticipants.content;
import static tw.netzero.portal.testing.CallParticipants.terms;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.filing.EvidenceDownload;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.testing.CallParticipants;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesTest;

/**
 * Proposals' files inside Payara on MariaDB (issue 16, item 3; decision 0055): the provider attaches a PDF
 * (checked by its content, SHA-256 recorded, bytes in the database) and removes one while the call is open; a
 * file of another kind is refused with nothing stored; the call's juror reads them, the conflicted juror and
 * another provider never; company A, whose challenge the proposal addresses, only from the deadline on,
 * company B never; after the deadline nothing is added or removed; every change audited.
 */
class ProposalAttachmentsIT extends TwoCompaniesTest {

    private static final String PROVIDER = "provider@port-heat.example";
    private static final String OTHER_PROVIDER = "provider@other.example";
    private static final byte[] NOT_EVIDENCE = "MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("proposal-attachments-it")
                .addClasses(CallParticipants.class, CallParticipants.Matrix.class);
    }

    @Inject
    private ProposalAttachmentService attachments;

    @Inject
    private ProposalService proposals;

    @Inject
    private ChallengeService challenges;

    @Inject
    private CallService calls;

    @Inject
    private JuryService jury;

    @Inject
    private CallParticipants participants;

    private long callId;
    private long proposalId;

    /** An open call with A's approved challenge, the provider's proposal to it, a juror and a conflicted juror seated. */
    @BeforeEach
    void anOpenCallWithAProposalToAsChallenge() throws Exception {
        participants.provider(PROVIDER, "Port Heat Recovery", "TW");
        participants.provider(OTHER_PROVIDER, "Other Solutions", "JP");
        participants.juror(CallParticipants.JUROR);
        participants.juror(CallParticipants.CONFLICTED_JUROR);
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        callId = calls.draft(terms(1)).id();
        jury.seat(callId, CallParticipants.JUROR, "Juror");
        jury.seat(callId, CallParticipants.CONFLICTED_JUROR, "Conflicted Juror");
        participants.open(callId);
        signInAs(TwoCompanies.MEMBER_A);
        Challenge posted = challenges.post(callId, CallParticipants.CHALLENGE);
        signInAs(TwoCompanies.REVIEWER);
        challenges.approve(posted.id(), posted.version());
        signInAs(PROVIDER);
        proposalId = proposals.submit(callId, posted.id(), content("Sinter heat to power", "4200")).id();
        signInAs(CallParticipants.CONFLICTED_JUROR);
        jury.declareConflict(proposalId, "Former employer of the provider's engineer");
    }

    @Test
    void theProviderAttachesAndRemovesFilesWhileTheCallIsOpenCheckedLikeEvidence() throws Exception {
        signInAs(PROVIDER);
        ProposalFile sheet = attachments.attach(proposalId, "C:\\Users\\lin\\data-sheet.pdf", CallParticipants.PDF);
        ProposalFile drawing = attachments.attach(proposalId, "layout.pdf", CallParticipants.PDF);
        assertEquals("data-sheet.pdf", sheet.name(), "the name without the sender's folders");
        assertEquals(EvidenceType.PDF, sheet.type());
        assertEquals(StoredFile.sha256(CallParticipants.PDF), sheet.sha256());
        assertEquals("evidence.unknownType", assertThrows(DomainRuleViolation.class,
                () -> attachments.attach(proposalId, "tool.pdf", NOT_EVIDENCE)).messageKey());
        assertEquals(2L, storedBytes(), "nothing kept of the refused file");

        EvidenceDownload download = attachments.download(sheet.id());
        assertArrayEquals(CallParticipants.PDF, download.content());
        assertEquals("data-sheet.pdf", download.originalName());
        attachments.remove(drawing.id());
        assertEquals(List.of(sheet.id()), ids(attachments.attachmentsOf(proposalId)));
        assertEquals(List.of(sheet.id()), ids(attachments.myAttachments()));
        assertEquals(1L, storedBytes(), "the removed file's bytes are gone");

        signInAs(OTHER_PROVIDER);
        assertThrows(RecordAccessDenied.class, () -> attachments.attach(proposalId, "mine.pdf", CallParticipants.PDF));
        assertThrows(RecordAccessDenied.class, () -> attachments.download(sheet.id()));
        assertTrue(attachments.myAttachments().isEmpty());
        assertEquals(2L, auditCount("PROPOSAL_FILE_ATTACHED"));
        assertEquals(1L, auditCount("PROPOSAL_FILE_REMOVED"));
    }

    @Test
    void theJurorReadsThemTheMemberOnlyFromTheDeadlineAndNothingChangesAfterIt() throws Exception {
        signInAs(PROVIDER);
        long fileId = attachments.attach(proposalId, "data-sheet.pdf", CallParticipants.PDF).id();

        signInAs(CallParticipants.JUROR);
        assertArrayEquals(CallParticipants.PDF, attachments.download(fileId).content());
        signInAs(CallParticipants.CONFLICTED_JUROR);
        assertThrows(RecordAccessDenied.class, () -> attachments.download(fileId), "a conflicted juror never");
        signInAs(TwoCompanies.MEMBER_A);
        assertThrows(RecordAccessDenied.class, () -> attachments.attachmentsOf(proposalId), "not before the deadline");

        participants.close(callId);
        signInAs(PROVIDER);
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> attachments.attach(proposalId, "late.pdf", CallParticipants.PDF)).messageKey());
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> attachments.remove(fileId)).messageKey());
        signInAs(TwoCompanies.MEMBER_A);
        assertEquals(List.of(fileId), ids(attachments.attachmentsOf(proposalId)));
        assertArrayEquals(CallParticipants.PDF, attachments.download(fileId).content());
        signInAs(TwoCompanies.ADMIN_B);
        assertThrows(RecordAccessDenied.class, () -> attachments.download(fileId), "another company never");

        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        calls.publishResults(callId, Set.of(proposalId), Set.of(proposalId));
        signInAs(null);
        assertThrows(EJBAccessException.class, () -> attachments.download(fileId), "not public, even for a winner");
        assertEquals(1L, storedBytes());
    }

    private long storedBytes() {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM evidence_content").getSingleResult())
                .longValue();
    }

    private static List<Long> ids(List<ProposalFile> files) {
        return files.stream().map(ProposalFile::id).toList();
    }
}
