package tw.netzero.portal.web.solutions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;

/** public/solutions.xhtml: the calls open now and the published shortlists; rebuilt per request, no view state. */
@Named
@RequestScoped
public class PublicSolutionsView {

    @Inject
    private CallService calls;

    private List<CallForSolutions> openCalls;
    private Map<Long, List<PublishedProposal>> resultsByCall;

    public List<CallForSolutions> getOpenCalls() {
        if (openCalls == null) {
            openCalls = calls.openCalls();
        }
        return openCalls;
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
