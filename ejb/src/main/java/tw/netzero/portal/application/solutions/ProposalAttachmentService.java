package tw.netzero.portal.application.solutions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tw.netzero.portal.application.account.Caller;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.filing.EvidenceCheck;
import tw.netzero.portal.application.filing.EvidenceDownload;
import tw.netzero.portal.application.filing.EvidenceStorage;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.ProposalAttachment;
import tw.netzero.portal.domain.model.solutions.SolutionsRepository;

/**
 * Files attached to proposals (issue 16, item 3; decision 0055), checked and stored as a filing's
 * evidence is (type from the content, size limit, SHA-256). The provider adds and removes them while
 * the proposal may be edited; who reads them: the provider, the call's jurors who may assess the
 * proposal (seated, not conflicted), and the member company whose challenge it addresses once the call
 * has closed. Nobody else, not even after the results are published: any other caller is refused,
 * audited and answered like an unknown id.
 */
@Stateless
public class ProposalAttachmentService {

    @Inject
    private SolutionsRepository solutions;

    @Inject
    private EvidenceStorage storage;

    @Inject
    private EvidenceCheck evidenceCheck;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private CallerAccess access;

    @EJB
    private ProposalService proposals;

    @EJB
    private JuryService jury;

    /**
     * Attaches a file to the caller's own proposal while it may be edited; the content is checked
     * (type by its bytes, size, name) and stored in this transaction: if it does not commit, nothing is stored.
     */
    @RolesAllowed(Roles.PROVIDER)
    public ProposalFile attach(long proposalId,
                                     @NotBlank(message = "{evidence.name.required}")
                                     @Size(max = StoredFile.ORIGINAL_NAME_MAX, message = "{evidence.name.size}")
                                     String originalName,
                                     @NotNull(message = "{evidence.content.required}") byte[] content) {
        Proposal proposal = proposals.myProposal(proposalId);
        CallForSolutions call = callOf(proposal);
        Instant now = clock.instant();
        int attached = solutions.attachmentsOf(proposalId).size();
        ProposalAttachment.requireRoomFor(call, proposal, attached, now);
        EvidenceType type = evidenceCheck.check(originalName, content, settings.evidenceMaxBytes());
        StoredFile file = new StoredFile(originalName, type, content, storage.store(content), now);
        ProposalAttachment attachment = ProposalAttachment.attach(call, proposal, attached, file,
                access.current().email(), now);
        solutions.add(attachment);
        audit.record(AuditAction.PROPOSAL_FILE_ATTACHED, ProposalService.PROPOSAL, proposalId,
                file.originalName() + " (" + type + ", " + content.length + " bytes, sha256 " + file.sha256() + ")");
        return ProposalFile.of(attachment);
    }

    /** Removes a file of the caller's own proposal, with its bytes, while the proposal may be edited. */
    @RolesAllowed(Roles.PROVIDER)
    public void remove(long attachmentId) {
        ProposalAttachment attachment = find(attachmentId);
        Proposal proposal = proposals.myProposal(attachment.proposalId());
        attachment.requireRemovable(callOf(proposal), proposal, clock.instant());
        solutions.remove(attachment);
        storage.remove(attachment.file().storedName());
        audit.record(AuditAction.PROPOSAL_FILE_REMOVED, ProposalService.PROPOSAL, proposal.id(),
                attachment.file().originalName() + " (sha256 " + attachment.file().sha256() + ")");
    }

    /** The files of every proposal of the caller's (a provider), the first uploaded first. */
    @RolesAllowed(Roles.PROVIDER)
    public List<ProposalFile> myAttachments() {
        return solutions.attachmentsOfProvider(access.current().accountId()).stream().map(ProposalFile::of).toList();
    }

    /** The proposal's files, for those who may read them (see the class). */
    @RolesAllowed({Roles.PROVIDER, Roles.JUROR, Roles.MEMBER})
    public List<ProposalFile> attachmentsOf(long proposalId) {
        requireReadable(proposalId);
        return solutions.attachmentsOf(proposalId).stream().map(ProposalFile::of).toList();
    }

    /** A file with its bytes, for those who may read it (see the class); its SHA-256 checked. */
    @RolesAllowed({Roles.PROVIDER, Roles.JUROR, Roles.MEMBER})
    public EvidenceDownload download(long attachmentId) {
        ProposalAttachment attachment = find(attachmentId);
        requireReadable(attachment.proposalId());
        return storage.download(attachment.file());
    }

    /**
     * Lets through a caller who may read the proposal's files: the provider's own (as {@link ProposalService}
     * checks it), one the juror may assess (as {@link JuryService} does), one to the member's company's challenge
     * once the call has closed; anyone else is refused (audited) like an unknown id.
     */
    private void requireReadable(long proposalId) {
        Caller caller = access.current();
        if (caller.role() == Role.PROVIDER) {
            proposals.myProposal(proposalId);
            return;
        }
        if (caller.role() == Role.JUROR) {
            jury.proposal(proposalId);
            return;
        }
        Proposal proposal = findProposal(proposalId);
        Challenge challenge = proposal.challengeId() == null ? null
                : solutions.findChallenge(proposal.challengeId()).orElseThrow();
        if (caller.companyId() == null || challenge == null || !proposal.isSubmitted()
                || !challenge.showsProposalsTo(caller.companyId(), callOf(proposal), clock.instant())) {
            String why = caller.email() + " may not read the files of proposal " + proposalId;
            access.deny(why, ProposalService.PROPOSAL, proposalId);
            throw new RecordAccessDenied(why);
        }
    }

    private Proposal findProposal(long proposalId) {
        return solutions.findProposal(proposalId).orElseThrow(() -> new RecordNotFound("proposal.notFound", proposalId));
    }

    private ProposalAttachment find(long attachmentId) {
        return solutions.findAttachment(attachmentId)
                .orElseThrow(() -> new RecordNotFound("proposal.attachment.notFound", attachmentId));
    }

    private CallForSolutions callOf(Proposal proposal) {
        return solutions.findCall(proposal.callId()).orElseThrow();
    }
}
