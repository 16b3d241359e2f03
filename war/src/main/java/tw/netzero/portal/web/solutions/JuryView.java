package tw.netzero.portal.web.solutions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import tw.netzero.portal.application.solutions.CallDetails;
import tw.netzero.portal.application.solutions.JuryService;
import tw.netzero.portal.application.solutions.ProposalAttachmentService;
import tw.netzero.portal.application.solutions.ProposalDetails;
import tw.netzero.portal.application.solutions.ProposalFile;
import tw.netzero.portal.application.solutions.ScorecardDetails;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * juror/jury.xhtml: the calls the juror sits on, the proposals assigned to them (none they declared a
 * conflict on) with those in a second round marked, a proposal with its files, its scoring form (1–5 per
 * criterion and a comment) and the conflict declaration.
 */
@Named
@ViewScoped
public class JuryView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "scoring";

    @Inject
    private JuryService jury;

    @Inject
    private ProposalAttachmentService attachments;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<CallDetails> calls;
    private CallDetails call;
    private List<ProposalDetails> assigned;
    private Set<Long> secondRound;
    private ProposalDetails proposal;
    private List<ProposalFile> files;
    private List<Integer> scores = new ArrayList<>();
    private String comment;
    private String conflictReason;

    @PostConstruct
    void load() {
        calls = jury.myCalls();
        if (call == null && !calls.isEmpty()) {
            call = calls.get(0);
        }
        assigned = call == null ? List.of() : jury.assignedProposals(call.id());
        secondRound = call == null ? Set.of() : jury.secondRoundProposals(call.id());
    }

    public void chooseCall(CallDetails chosen) {
        call = chosen;
        proposal = null;
        load();
    }

    public void open(ProposalDetails chosen) {
        proposal = jury.proposal(chosen.id());
        files = attachments.attachmentsOf(chosen.id());
        ScorecardDetails card = jury.myScorecard(chosen.id()).orElse(null);
        scores = card == null ? new ArrayList<>(Collections.nCopies(call.criteria().size(), (Integer) null))
                : new ArrayList<>(card.scores());
        comment = card == null ? null : card.comment();
        conflictReason = null;
    }

    public void score() {
        if (serviceCall.run(FORM, () -> jury.score(proposal.id(), scores, comment))) {
            messages.info("jury.scored");
        }
    }

    public void declareConflict() {
        if (serviceCall.run(FORM, "reason", () -> jury.declareConflict(proposal.id(), conflictReason))) {
            messages.info("jury.conflict.declared");
            proposal = null;
            load();
        }
    }

    public List<CallDetails> getCalls() {
        return calls;
    }

    public CallDetails getCall() {
        return call;
    }

    public List<ProposalDetails> getAssigned() {
        return assigned;
    }

    public ProposalDetails getProposal() {
        return proposal;
    }

    /** The files the provider attached to the open proposal (decision 0055). */
    public List<ProposalFile> getFiles() {
        return files;
    }

    /** Whether the jury scores the proposal again in the call's second round (decision 0055). */
    public boolean inSecondRound(ProposalDetails shown) {
        return secondRound.contains(shown.id());
    }

    public boolean isSecondRoundAsked() {
        return !secondRound.isEmpty();
    }

    /** The criteria's positions, to bind one score each. */
    public List<Integer> getPositions() {
        return call == null ? List.of() : IntStream.range(0, call.criteria().size()).boxed().toList();
    }

    public List<Integer> getScores() {
        return scores;
    }

    public List<Integer> getScale() {
        return ScorecardDetails.SCALE;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}
