package tw.netzero.portal.domain.model.solutions;

import java.io.Serializable;

/**
 * A challenge with the names of the member company that posted it, as the secretariat, the public
 * (approved ones only) and providers list it. Member companies are public in the directory already.
 */
public record ChallengeListing(Challenge challenge, String companyNameEn, String companyNameZh) implements Serializable {

    public long id() {
        return challenge.id();
    }

    /** The company's name in the page's language (the caller passes {@code language.chinese}). */
    public String companyName(boolean chinese) {
        return chinese ? companyNameZh : companyNameEn;
    }
}
