package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.domain.model.solutions.CloseCall;

/**
 * What the secretariat sees of a call's jury: the weighted ranking (with ties and spread), each juror's
 * progress, the second round if one was asked for, and otherwise the close call at the winners' line
 * the secretariat may ask one on (null when the ranking is not close there; decision 0055).
 */
public record JuryOverview(CallDetails call, List<RankedProposal> ranking, List<JurorProgress> jurors,
                           SecondRoundAsked secondRound, CloseCall closeCall)
        implements Serializable {
}
