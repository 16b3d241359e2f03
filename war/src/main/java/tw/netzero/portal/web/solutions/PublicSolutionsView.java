package tw.netzero.portal.web.solutions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.application.solutions.CallDetails;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.application.solutions.ChallengeService;
import tw.netzero.portal.application.solutions.ListedChallenge;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;

/**
 * public/solutions.xhtml: the calls open now and the published shortlists; rebuilt per request on a transient
 * view with no form, like the directory: no view state, no HTTP session for an anonymous reader (issue 15).
 */
@Named
@RequestScoped
public class PublicSolutionsView {

    @Inject
    private CallService calls;

    @Inject
    private ChallengeService challenges;

    @Inject
    private FacesContext faces;

    private List<CallDetails> openCalls;
    private Map<Long, List<ListedChallenge>> challengesByCall;
    private Map<Long, List<PublishedProposal>> resultsByCall;

    /**
     * The view action: transient before rendering starts, as the directory's, since PrimeFaces' CSP listener asks
     * for the view map before the page's tags are applied, and on a view that is not transient yet that creates a
     * session.
     */
    public void load() {
        faces.getViewRoot().setTransient(true);
    }

    public List<CallDetails> getOpenCalls() {
        if (openCalls == null) {
            openCalls = calls.openCalls();
        }
        return openCalls;
    }

    /** The approved challenges under an open call (decision 0044), the first approved first. */
    public List<ListedChallenge> challengesOf(CallDetails call) {
        if (challengesByCall == null) {
            challengesByCall = new LinkedHashMap<>();
            challenges.openChallenges().forEach(listing ->
                    challengesByCall.computeIfAbsent(listing.challenge().callId(), id -> new ArrayList<>()).add(listing));
        }
        return challengesByCall.getOrDefault(call.id(), List.of());
    }

    /** The published results, one list per call (newest call first, winners first). */
    public List<List<PublishedProposal>> getResults() {
        if (resultsByCall == null) {
            resultsByCall = new LinkedHashMap<>();
            calls.publishedProposals().forEach(proposal ->
                    resultsByCall.computeIfAbsent(proposal.callId(), id -> new ArrayList<>()).add(proposal));
        }
        return List.copyOf(resultsByCall.values());
    }
}
