package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;

/** What the secretariat sees of a call's jury: the weighted ranking (with ties and spread) and each juror's progress. */
public record JuryOverview(CallForSolutions call, List<RankedProposal> ranking, List<JurorProgress> jurors)
        implements Serializable {
}
