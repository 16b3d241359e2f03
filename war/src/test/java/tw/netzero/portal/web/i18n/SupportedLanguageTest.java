package tw.netzero.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever a request names, the portal's language is English or traditional Chinese: PrimeFaces
 * 15.0.13 writes the view's locale unescaped into a script (primefaces/primefaces#14987), so no
 * other locale may reach it (docs/security.md).
 */
class SupportedLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | ENGLISH",
            "zh-TW | TRADITIONAL_CHINESE",
            "zh_TW | TRADITIONAL_CHINESE",
            "zh-CN | ENGLISH",
            "zh-TW'-alert(14987)-' | TRADITIONAL_CHINESE",
            "en'};alert(14987);// | ENGLISH",
            "</script><script>alert(14987)</script> | ENGLISH",
            "xx-alert(14987) | ENGLISH"})
    void aTagIsOneOfTheTwoLanguages(String tag, SupportedLanguage expected) {
        assertEquals(expected, SupportedLanguage.fromTag(tag));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "xx-alert(14987) | ENGLISH",
            "zh-Hant-TW | TRADITIONAL_CHINESE",
            "de-DE | ENGLISH"})
    void aBrowsersPreferenceIsOneOfTheTwoLanguages(String tag, SupportedLanguage expected) {
        List<Locale> preferred = List.of(Locale.forLanguageTag(tag));
        assertEquals(expected, SupportedLanguage.bestFor(Collections.enumeration(preferred)));
    }

    @ParameterizedTest
    @CsvSource({"en", "zh-TW", "zh-TW'-alert(1)-'", "</script>"})
    void theLocaleHandedOnIsOneOfTheTwo(String tag) {
        Locale locale = SupportedLanguage.fromTag(tag).getLocale();
        assertTrue(locale.equals(Locale.ENGLISH) || locale.equals(Locale.TRADITIONAL_CHINESE), locale.toString());
    }
}
