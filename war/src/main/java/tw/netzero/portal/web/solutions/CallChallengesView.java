package tw.netzero.portal.web.solutions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.application.solutions.ChallengeService;
import tw.netzero.portal.application.solutions.JuryOverview;
import tw.netzero.portal.application.solutions.ListedChallenge;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * The challenges section of secretariat/call.xhtml?id= (decision 0044): the members' challenges under
 * the call, which the secretariat approves (then public) or declines with a reason.
 */
@Named
@ViewScoped
public class CallChallengesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "decisions";

    @Inject
    private ChallengeService challenges;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private Long callId;
    private List<ListedChallenge> listings = List.of();
    private final Map<Long, String> declineReasons = new HashMap<>();

    /** Called by the page after the call's jury view loaded: nothing when the call was not found (404 sent). */
    public void load(JuryOverview overview) {
        if (overview != null) {
            load(overview.call().id());
        }
    }

    private void load(long id) {
        callId = id;
        listings = challenges.challengesOfCall(id);
    }

    public void approve(ListedChallenge listing) {
        if (serviceCall.run(FORM, () -> challenges.approve(listing.id(), listing.challenge().version()))) {
            messages.info("challenge.approved", listing.challenge().title());
            load(callId);
        }
    }

    /** {@code row}: the listing's place on the page, so that a refused reason is shown at its own field. */
    public void decline(ListedChallenge listing, int row) {
        String reason = declineReasons.get(listing.id());
        if (serviceCall.run(FORM + ":list:" + row, () -> challenges.decline(listing.id(), reason, listing.challenge().version()))) {
            messages.info("challenge.declined", listing.challenge().title());
            declineReasons.remove(listing.id());
            load(callId);
        }
    }

    public List<ListedChallenge> getListings() {
        return listings;
    }

    public Map<Long, String> getDeclineReasons() {
        return declineReasons;
    }
}
