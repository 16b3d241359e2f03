package tw.netzero.portal.web.solutions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import tw.netzero.portal.application.solutions.CallDetails;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.application.solutions.ChallengeService;
import tw.netzero.portal.application.solutions.ListedChallenge;
import tw.netzero.portal.application.solutions.OwnProposal;
import tw.netzero.portal.application.solutions.ProposalAttachmentService;
import tw.netzero.portal.application.solutions.ProposalDetails;
import tw.netzero.portal.application.solutions.ProposalFile;
import tw.netzero.portal.application.solutions.ProposalService;
import tw.netzero.portal.application.solutions.ProviderDetails;
import tw.netzero.portal.domain.model.solutions.ProposalContent;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * provider/proposals.xhtml: a solution provider's own proposals, a new one to an open call, editing
 * and withdrawing while the call is open, with the files attached to each (decision 0055; the server
 * checks the deadline whatever the page shows).
 */
@Named
@ViewScoped
public class ProviderProposalsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "proposal";
    static final String UPLOAD_FORM = "fileUpload";
    static final String FILE_LIST_FORM = "fileList";

    @Inject
    private ProposalService proposals;

    @Inject
    private CallService calls;

    @Inject
    private ChallengeService challenges;

    @Inject
    private ProposalAttachmentService attachments;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private ProviderDetails organisation;
    private List<OwnProposal> mine;
    private Map<Long, CallDetails> openedCalls;
    private List<CallDetails> openCalls;
    private List<ListedChallenge> openChallenges;
    private HashMap<Long, List<ProposalFile>> files;
    private Long callId;
    private Long challengeId;
    private Long editingId;
    private long editingVersion;
    private ProposalForm form = new ProposalForm();

    @PostConstruct
    void load() {
        organisation = proposals.myOrganisation();
        mine = proposals.myProposalListings();
        openedCalls = calls.openedCalls().stream().collect(Collectors.toMap(CallDetails::id, Function.identity()));
        openCalls = calls.openCalls();
        openChallenges = challenges.openChallenges();
        files = new HashMap<>(attachments.myAttachments().stream()
                .collect(Collectors.groupingBy(ProposalFile::proposalId)));
        if (callId == null && !openCalls.isEmpty()) {
            callId = openCalls.get(0).id();
        }
    }

    public void save() {
        ProposalContent content = form.toContent();
        if (!fieldMessages.valid(content, FORM)) {
            return;
        }
        // A proposal to a challenge goes to the challenge's call (the server checks the pair).
        openChallenges.stream().filter(listing -> challengeId != null && listing.id() == challengeId).findFirst()
                .ifPresent(listing -> callId = listing.challenge().callId());
        boolean saved = editingId == null
                ? serviceCall.run(FORM, () -> proposals.submit(callId, challengeId, content))
                : serviceCall.run(FORM, () -> proposals.revise(editingId, content, editingVersion));
        if (saved) {
            messages.info(editingId == null ? "proposal.submitted" : "proposal.saved");
            cancel();
            load();
        }
    }

    public void edit(ProposalDetails proposal) {
        editingId = proposal.id();
        editingVersion = proposal.version();
        callId = proposal.callId();
        challengeId = proposal.challengeId();
        form = ProposalForm.of(proposal.content());
    }

    /** Attaches the chosen file to the proposal being edited (decision 0055); a refused file is named at the upload. */
    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        if (serviceCall.run(UPLOAD_FORM, "upload", () -> attachments.attach(editingId, name, event.getFile().getContent()))) {
            messages.info("evidence.attached", name);
            load();
        }
    }

    public void removeFile(ProposalFile attachment) {
        if (serviceCall.run(FILE_LIST_FORM, () -> attachments.remove(attachment.id()))) {
            messages.info("proposal.files.removed", attachment.name());
            load();
        }
    }

    /** The files of one of the provider's proposals, the first uploaded first. */
    public List<ProposalFile> filesOf(long proposalId) {
        return files.getOrDefault(proposalId, List.of());
    }

    /** The files of the proposal being edited. */
    public List<ProposalFile> getEditedFiles() {
        return editingId == null ? List.of() : filesOf(editingId);
    }

    public void withdraw(ProposalDetails proposal) {
        if (serviceCall.run(FORM, () -> proposals.withdraw(proposal.id()))) {
            messages.info("proposal.withdrawn.done");
            load();
        }
    }

    public void cancel() {
        editingId = null;
        challengeId = null;
        form = new ProposalForm();
    }

    /** The call's title in the page's language (the caller passes {@code language.chinese}). */
    public String callTitle(long id, boolean chinese) {
        CallDetails call = openedCalls.get(id);
        return call == null ? "" : chinese ? call.titleZh() : call.titleEn();
    }

    public boolean isChangeable(ProposalDetails proposal) {
        return proposal.isSubmitted() && openCalls.stream().anyMatch(call -> call.id() == proposal.callId());
    }

    public ProviderDetails getOrganisation() {
        return organisation;
    }

    /** The provider's proposals with the challenge each addresses and the pilot of a matched winner (decision 0047). */
    public List<OwnProposal> getMine() {
        return mine;
    }

    public List<CallDetails> getOpenCalls() {
        return openCalls;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    /** The approved challenges of the open calls: a proposal may address one of them (decision 0044). */
    public List<ListedChallenge> getOpenChallenges() {
        return openChallenges;
    }

    /** The challenge's label in the page's language: its call, its title and the company that posted it. */
    public String challengeLabel(ListedChallenge listing, boolean chinese) {
        return callTitle(listing.challenge().callId(), chinese) + " · " + listing.challenge().title() + " ("
                + listing.companyName(chinese) + ")";
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public void setChallengeId(Long challengeId) {
        this.challengeId = challengeId;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public ProposalForm getForm() {
        return form;
    }

    public List<Integer> getReadinessLevels() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}
