package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.solutions.PilotStatus;
import tw.netzero.portal.domain.model.solutions.ProviderProposal;

/**
 * One of a provider's own proposals as provider/proposals.xhtml lists it: the records of {@link ProviderProposal},
 * not its entity (issue 19, item 2), with the challenge it addresses and the member that posted it (null for
 * the call as a whole) and, for a winner matched as a pilot, the pilot's status and measured reduction.
 */
public record OwnProposal(ProposalDetails proposal, String challengeTitle, String challengeCompanyEn,
                          String challengeCompanyZh, PilotStatus pilotStatus, Emissions measuredReductionPerYear)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static OwnProposal of(ProviderProposal listing) {
        return new OwnProposal(ProposalDetails.of(listing.proposal()), listing.challengeTitle(),
                listing.challengeCompanyEn(), listing.challengeCompanyZh(), listing.pilotStatus(),
                listing.measuredReductionPerYear());
    }

    /** The challenge's member in the page's language (the caller passes {@code language.chinese}). */
    public String challengeCompany(boolean chinese) {
        return chinese ? challengeCompanyZh : challengeCompanyEn;
    }
}
