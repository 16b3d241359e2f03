package tw.netzero.portal.domain.model.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A submitted proposal to a challenge as the member company that posted the challenge reads it after
 * the call has closed (issue 16, item 6): what is proposed, by whom, with its expected reduction, cost
 * and readiness, so the company can prepare a pilot. The jury's scores stay the jury's.
 */
public record ChallengeProposal(long proposalId, long challengeId, String title, String summary, String organisation,
                                String country, Emissions expectedReductionPerYear, String reductionBasis,
                                BigDecimal costFromTwd, BigDecimal costToTwd, int readinessLevel,
                                ProposalOutcome outcome) implements Serializable {
}
