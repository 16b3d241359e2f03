package tw.netzero.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14, item 2: switching the language never redirects to another host (ASVS 5.1.5). */
class LanguageFilterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "/public/members.xhtml | lang=en&group=steel | /public/members.xhtml?group=steel",
            "/public/members.xhtml | lang=zh-TW | /public/members.xhtml",
            "//evil.example/ | lang=en | /evil.example/",
            "///evil.example/x | lang=en&a=1 | /evil.example/x?a=1",
            "/\\evil.example/ | lang=en | /evil.example/",
            "/\\/evil.example/ | null | /evil.example/",
            "/ | lang=en | /"})
    void comesBackToAPathOnThisServerWithoutTheLanguageParameter(String requestUri, String query, String expected) {
        assertEquals(expected, LanguageFilter.sameOriginTarget(requestUri, query));
    }
}
