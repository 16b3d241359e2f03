package tw.netzero.portal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The language of the current request, for f:view and the language switch. */
@Named
@RequestScoped
public class Language {

    static final String REQUEST_ATTRIBUTE = Language.class.getName();

    @Inject
    private HttpServletRequest request;

    public Locale getLocale() {
        return of(request);
    }

    /** The language {@link LanguageFilter} chose for a request (English before it has run). */
    public static Locale of(ServletRequest request) {
        Object chosen = request.getAttribute(REQUEST_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Locale.ENGLISH;
    }

    public SupportedLanguage getCurrent() {
        return SupportedLanguage.of(getLocale());
    }

    public List<SupportedLanguage> getAll() {
        return List.of(SupportedLanguage.values());
    }

    /**
     * This page in another language: its address with the query kept (a profile's UBN, a
     * directory filter) and {@code lang} set, which {@link LanguageFilter} turns into the cookie.
     */
    public String switchTo(SupportedLanguage other) {
        String here = LanguageFilter.withoutLanguageParameter(request);
        return here + (here.contains("?") ? "&" : "?") + LanguageFilter.PARAMETER + "=" + other.getTag();
    }

    /** True when names should be shown Chinese first. */
    public boolean isChinese() {
        return getCurrent() == SupportedLanguage.TRADITIONAL_CHINESE;
    }
}
