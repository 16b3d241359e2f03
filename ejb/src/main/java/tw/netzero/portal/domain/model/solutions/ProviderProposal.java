package tw.netzero.portal.domain.model.solutions;

import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * One of a provider's own proposals as the repository reads it in one query: with the challenge it addresses
 * and the member that posted it (null for the call as a whole; decision 0044) and, for a winner matched with
 * that member, the pilot's status and measured reduction (decision 0047). The page reads it as
 * {@code application.solutions.OwnProposal}.
 */
public record ProviderProposal(Proposal proposal, String challengeTitle, String challengeCompanyEn,
                               String challengeCompanyZh, PilotStatus pilotStatus, Emissions measuredReductionPerYear) {
}
