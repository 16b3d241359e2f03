package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.solutions.PilotListing;

/**
 * One of the pilots the member company runs, as member/pilots.xhtml shows it (decision 0047): the records
 * of {@link PilotListing}, not its entity (issue 19, item 2), with the call, the challenge, the winning
 * proposal, its provider and the reduction the provider expected.
 */
public record OwnPilot(PilotDetails pilot, String callTitleEn, String callTitleZh, String challengeTitle,
                       String proposalTitle, String proposalSummary, String organisation, String country,
                       Emissions expectedReductionPerYear) implements Serializable {

    private static final long serialVersionUID = 1L;

    static OwnPilot of(PilotListing listing) {
        return new OwnPilot(PilotDetails.of(listing.pilot()), listing.callTitleEn(), listing.callTitleZh(),
                listing.challengeTitle(), listing.proposalTitle(), listing.proposalSummary(), listing.organisation(),
                listing.country(), listing.expectedReductionPerYear());
    }

    public long id() {
        return pilot.id();
    }

    /** The call's title in the page's language (the caller passes {@code language.chinese}). */
    public String callTitle(boolean chinese) {
        return chinese ? callTitleZh : callTitleEn;
    }
}
