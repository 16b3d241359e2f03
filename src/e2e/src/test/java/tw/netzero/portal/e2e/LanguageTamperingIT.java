package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A language the portal does not speak, sent every way a request can name one: {@code ?lang=},
 * the {@code portal-lang} cookie, Accept-Language and a {@code locale} parameter. PrimeFaces
 * 15.0.13 writes the view's locale unescaped into an inline script ({@code PrimeFaces.settings},
 * primefaces/primefaces#14987), so the view's locale must always be en or zh-TW: the page answers
 * in one of them, and nothing of what was sent comes back.
 */
class LanguageTamperingIT extends DeployedPortal {

    /** Ends the script's string and calls a function: harmless here, but it must never be in a page. */
    private static final String QUOTE_BREAK = "zh-TW'-alert(14987)-'";
    private static final String SCRIPT_BREAK = "</script><script>alert(14987)</script>";
    private static final String SENT_MARK = "alert(14987)";
    private static final Pattern SETTINGS_LOCALE = Pattern.compile("PrimeFaces\\.settings=\\{locale:'([^']*)'");
    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]* lang=\"([^\"]*)\"");
    private static final List<String> PAGES = List.of("/public/members.xhtml", "/public/login.xhtml");
    /** Written with a plain head (page.xhtml's plainHead): no PrimeFaces script, so no settings to check. */
    private static final String PLAIN_HEAD = "/public/members.xhtml";

    /** No cookie store and no redirects followed: each request carries exactly what the test gives it. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aLanguageParameterThatIsNotSupportedBecomesASupportedCookie() throws Exception {
        for (String sent : List.of(QUOTE_BREAK, SCRIPT_BREAK)) {
            HttpResponse<String> switched = http.send(HttpRequest.newBuilder(portalUri("/public/members.xhtml?lang="
                    + URLEncoder.encode(sent, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, switched.statusCode(), sent);
            String cookie = switched.headers().allValues("Set-Cookie").stream()
                    .filter(value -> value.startsWith("portal-lang=")).findFirst().orElseThrow();
            String language = cookie.substring("portal-lang=".length(), cookie.indexOf(';'));
            assertTrue(List.of("en", "zh-TW").contains(language), cookie);
            assertFalse(switched.headers().firstValue("Location").orElse("").contains("alert"), "not in the address");
            assertSupportedAndNotReflected(page("/public/members.xhtml", "Cookie", "portal-lang=" + language), sent);
            assertSupportedAndNotReflected(page("/public/login.xhtml", "Cookie", "portal-lang=" + language), sent);
        }
    }

    @Test
    void aCookieHeaderOrParameterThatIsNotSupportedLeavesThePageInASupportedLanguage() throws Exception {
        for (String path : PAGES) {
            assertSupportedAndNotReflected(page(path, "Cookie", "portal-lang=" + QUOTE_BREAK), QUOTE_BREAK);
            assertSupportedAndNotReflected(page(path, "Accept-Language", QUOTE_BREAK), QUOTE_BREAK);
            assertSupportedAndNotReflected(page(path, "Accept-Language", "xx-" + SENT_MARK + ";q=1.0, en;q=0.1"), SENT_MARK);
            for (String sent : List.of(QUOTE_BREAK, SCRIPT_BREAK)) {
                String query = "?locale=" + URLEncoder.encode(sent, StandardCharsets.UTF_8);
                assertSupportedAndNotReflected(page(path + query, "Accept-Language", sent.replace("<", "")), sent);
            }
        }
    }

    private HttpResponse<String> page(String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(portalUri(path)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSupportedAndNotReflected(HttpResponse<String> response, String sent) {
        String where = response.uri() + " with " + sent;
        assertEquals(200, response.statusCode(), where);
        assertFalse(response.body().contains(SENT_MARK), "nothing sent comes back: " + where);
        assertFalse(showsAStackTrace(response.body()), "no error: " + where);
        Matcher settings = SETTINGS_LOCALE.matcher(response.body());
        if (response.uri().getPath().equals(PLAIN_HEAD)) {
            assertFalse(settings.find(), "no PrimeFaces script in a plain head: " + where);
        } else {
            assertTrue(settings.find(), "PrimeFaces' settings: " + where);
            assertTrue(List.of("en", "zh_TW").contains(settings.group(1)), settings.group(1) + ": " + where);
        }
        Matcher lang = HTML_LANG.matcher(response.body());
        assertTrue(lang.find(), "html lang: " + where);
        assertTrue(List.of("en", "zh-TW").contains(lang.group(1)), lang.group(1) + ": " + where);
    }
}
