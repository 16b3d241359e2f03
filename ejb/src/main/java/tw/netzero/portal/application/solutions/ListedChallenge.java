package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import tw.netzero.portal.domain.model.solutions.ChallengeListing;

/**
 * A challenge with the names of the member company that posted it, as the secretariat, the public (approved
 * ones only) and providers list it: the records of {@link ChallengeListing}, not its entity (issue 19, item 2).
 */
public record ListedChallenge(ChallengeDetails challenge, String companyNameEn, String companyNameZh)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static ListedChallenge of(ChallengeListing listing) {
        return new ListedChallenge(ChallengeDetails.of(listing.challenge()), listing.companyNameEn(),
                listing.companyNameZh());
    }

    public long id() {
        return challenge.id();
    }

    /** The company's name in the page's language (the caller passes {@code language.chinese}). */
    public String companyName(boolean chinese) {
        return chinese ? companyNameZh : companyNameEn;
    }
}
