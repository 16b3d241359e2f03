package tw.netzero.portal.domain.model.solutions;

import java.io.Serializable;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * One shortlisted or winning proposal as the public sees it once its call's results are published
 * (issue 16, item 5): the call, the challenge it addresses with the member that posted it (null for
 * a proposal to the call as a whole; only approved challenges, public while the call was open, can be
 * addressed, decision 0044), the provider's organisation and country, the summary and the expected
 * reduction. Nothing else of a proposal is public. A winner matched with a member as a pilot (decision 0047)
 * carries the pilot's status and, once the member reported it completed, the measured reduction with its
 * basis and date (all null without a pilot).
 */
public record PublishedProposal(long callId, String callTitleEn, String callTitleZh, long proposalId, String title,
                                String summary, String organisation, String country,
                                Emissions expectedReductionPerYear, ProposalOutcome outcome, String challengeTitle,
                                String challengeCompanyEn, String challengeCompanyZh, PilotStatus pilotStatus,
                                Emissions measuredReductionPerYear, String measurementBasis, LocalDate measuredOn)
        implements Serializable {

    /** A pilot reported completed, with its measured reduction. */
    public boolean hasMeasuredReduction() {
        return measuredReductionPerYear != null;
    }

    public boolean isWinner() {
        return outcome == ProposalOutcome.WINNER;
    }
}
