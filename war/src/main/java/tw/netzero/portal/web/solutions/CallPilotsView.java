package tw.netzero.portal.web.solutions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.solutions.JuryOverview;
import tw.netzero.portal.application.solutions.PilotService;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * The pilots section of secretariat/call.xhtml?id= (decision 0047): once the results are published, each
 * winner to a member's challenge, matched with that member as a pilot or waiting to be, with the pilot's status.
 */
@Named
@ViewScoped
public class CallPilotsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "pilots";

    @Inject
    private PilotService pilots;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private Long callId;
    private List<PublishedProposal> candidates = List.of();

    /** Called by the page after the call's jury view loaded: nothing when the call was not found (404 sent). */
    public void load(JuryOverview overview) {
        if (overview != null) {
            load(overview.call().id());
        }
    }

    private void load(long id) {
        callId = id;
        candidates = pilots.candidates(id);
    }

    public void match(PublishedProposal winner) {
        if (serviceCall.run(FORM, () -> pilots.match(winner.proposalId()))) {
            messages.info("pilot.matched", winner.title());
            load(callId);
        }
    }

    public List<PublishedProposal> getCandidates() {
        return candidates;
    }
}
