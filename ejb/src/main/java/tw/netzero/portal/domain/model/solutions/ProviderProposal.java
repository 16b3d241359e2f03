package tw.netzero.portal.domain.model.solutions;

import java.io.Serializable;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * One of a provider's own proposals as provider/proposals.xhtml lists it: with the challenge it addresses
 * and the member that posted it (null for the call as a whole; decision 0044) and, for a winner matched
 * with that member, the pilot's status and measured reduction, read-only (decision 0047).
 */
public record ProviderProposal(Proposal proposal, String challengeTitle, String challengeCompanyEn,
                               String challengeCompanyZh, PilotStatus pilotStatus, Emissions measuredReductionPerYear)
        implements Serializable {

    /** The challenge's member in the page's language (the caller passes {@code language.chinese}). */
    public String challengeCompany(boolean chinese) {
        return chinese ? challengeCompanyZh : challengeCompanyEn;
    }
}
