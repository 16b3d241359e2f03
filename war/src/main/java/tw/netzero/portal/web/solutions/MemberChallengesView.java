package tw.netzero.portal.web.solutions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import tw.netzero.portal.application.solutions.CallDetails;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.application.solutions.ChallengeService;
import tw.netzero.portal.application.solutions.OwnChallenge;
import tw.netzero.portal.application.solutions.ProposalAttachmentService;
import tw.netzero.portal.application.solutions.ProposalFile;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/challenges.xhtml: the company's challenges under the calls (decision 0044), a new one under
 * an open call, and the proposals to each, with their files, once its call has closed.
 */
@Named
@ViewScoped
public class MemberChallengesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "challenge";

    @Inject
    private ChallengeService challenges;

    @Inject
    private CallService calls;

    @Inject
    private ProposalAttachmentService attachments;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private List<OwnChallenge> own;
    private final HashMap<Long, List<ProposalFile>> files = new HashMap<>();
    private List<CallDetails> openCalls;
    private Long callId;
    private ChallengeForm form = new ChallengeForm();

    @PostConstruct
    void load() {
        own = challenges.ownChallenges();
        files.clear();
        openCalls = calls.openCalls();
        if (callId == null && !openCalls.isEmpty()) {
            callId = openCalls.get(0).id();
        }
    }

    public void post() {
        if (fieldMessages.valid(form.toContent(), FORM)
                && serviceCall.run(FORM, () -> challenges.post(callId, form.toContent()))) {
            messages.info("challenge.posted");
            form = new ChallengeForm();
            load();
        }
    }

    /** The files of a proposal to one of the company's challenges, shown with it after the deadline (decision 0055). */
    public List<ProposalFile> filesOf(long proposalId) {
        return files.computeIfAbsent(proposalId, attachments::attachmentsOf);
    }

    public List<OwnChallenge> getOwn() {
        return own;
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

    public ChallengeForm getForm() {
        return form;
    }

    public Scope[] getScopes() {
        return Scope.values();
    }
}
