package tw.netzero.portal.domain.model.solutions;

/**
 * A challenge with the names of the member company that posted it, as the repository reads them in one
 * query for the secretariat's, the public's (approved ones only) and providers' lists. Member companies are
 * public in the directory already. The pages read it as {@code application.solutions.ListedChallenge}.
 */
public record ChallengeListing(Challenge challenge, String companyNameEn, String companyNameZh) {
}
