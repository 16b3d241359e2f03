package tw.netzero.portal.domain.model.solutions;

import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A pilot as the member company that runs it reads it (decision 0047), as the repository reads it in one
 * query: the call, its challenge, the winning proposal with the provider's organisation and country and the
 * reduction the provider expected. The page reads it as {@code application.solutions.OwnPilot}.
 */
public record PilotListing(Pilot pilot, String callTitleEn, String callTitleZh, String challengeTitle,
                           String proposalTitle, String proposalSummary, String organisation, String country,
                           Emissions expectedReductionPerYear) {
}
