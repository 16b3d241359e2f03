package tw.netzero.portal.web.i18n;

import java.util.Enumeration;
import java.util.Locale;

/** The portal's languages; English is the fallback. */
public enum SupportedLanguage {
    ENGLISH(Locale.ENGLISH, "English"),
    TRADITIONAL_CHINESE(Locale.TRADITIONAL_CHINESE, "繁體中文");

    private final Locale locale;
    private final String nativeName;

    SupportedLanguage(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale getLocale() {
        return locale;
    }

    /** The BCP 47 tag used in links and in the html lang attribute (en, zh-TW). */
    public String getTag() {
        return locale.toLanguageTag();
    }

    /** Each language names itself, so a reader can find their own. */
    public String getNativeName() {
        return nativeName;
    }

    public static SupportedLanguage of(Locale locale) {
        if ("zh".equals(locale.getLanguage()) && !"CN".equals(locale.getCountry())
                && !"Hans".equals(locale.getScript())) {
            return TRADITIONAL_CHINESE;
        }
        return ENGLISH;
    }

    public static SupportedLanguage fromTag(String tag) {
        return tag == null ? ENGLISH : of(Locale.forLanguageTag(tag.replace('_', '-')));
    }

    /** The first of the browser's preferred languages that the portal speaks. */
    public static SupportedLanguage bestFor(Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            Locale locale = preferred.nextElement();
            if ("zh".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                return of(locale);
            }
        }
        return ENGLISH;
    }
}
