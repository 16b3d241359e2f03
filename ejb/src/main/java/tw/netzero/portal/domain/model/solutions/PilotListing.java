package tw.netzero.portal.domain.model.solutions;

import java.io.Serializable;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * A pilot as the member company that runs it reads it (decision 0047): the call, its challenge, the winning
 * proposal with the provider's organisation and country and the reduction the provider expected.
 */
public record PilotListing(Pilot pilot, String callTitleEn, String callTitleZh, String challengeTitle,
                           String proposalTitle, String proposalSummary, String organisation, String country,
                           Emissions expectedReductionPerYear) implements Serializable {

    public long id() {
        return pilot.id();
    }

    /** The call's title in the page's language (the caller passes {@code language.chinese}). */
    public String callTitle(boolean chinese) {
        return chinese ? callTitleZh : callTitleEn;
    }
}
