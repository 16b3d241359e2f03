package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.domain.model.solutions.ChallengeProposal;

/**
 * One of the member company's challenges as member/challenges.xhtml shows it: with its call, and the
 * proposals addressed to it once the call has closed ({@code proposalsShown}; empty before).
 */
public record OwnChallenge(ChallengeDetails challenge, CallDetails call, boolean proposalsShown,
                           List<ChallengeProposal> proposals) implements Serializable {
}
