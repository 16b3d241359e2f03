package tw.netzero.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tw.netzero.portal.web.i18n.Language;

/** Keys of the template's kept parts ({@code <nz:kept>}, {@link KeptHtml}), per request. */
@Named
@RequestScoped
public class KeptParts {

    /**
     * A kept part's key: which part, in which language, under which context path, and whatever else it
     * shows ({@code detail}: the request's selection, the data's tag; "" for none).
     */
    public record Key(String part, String language, String contextPath, String detail) {
    }

    @Inject
    private Language language;

    @Inject
    private ExternalContext external;

    /** The same for every visitor reading this language. */
    public Key perLanguage(String part) {
        return key(part, "");
    }

    /** As {@link #perLanguage}, for visitors who have not signed in only (null: built for each signed-in one). */
    public Key anonymous(String part) {
        return external.getUserPrincipal() == null ? perLanguage(part) : null;
    }

    public Key key(String part, String detail) {
        return new Key(part, language.getCurrent().getTag(), external.getRequestContextPath(), detail);
    }
}
