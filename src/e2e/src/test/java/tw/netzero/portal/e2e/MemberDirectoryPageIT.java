package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public member directory of the deployed EAR, over plain HTTP. */
class MemberDirectoryPageIT extends DeployedPortal {

    private static final Pattern HTML_LANG_EN = Pattern.compile("<html[^>]* lang=\"en\"");
    private static final Pattern HTML_LANG_ZH_TW = Pattern.compile("<html[^>]* lang=\"zh-TW\"");
    private static final Pattern ROW = Pattern.compile("<tr data-ri=\"\\d+\"");
    private static final Pattern COMPANY_NAME = Pattern.compile("<span class=\"company-name\" lang=\"[^\"]+\">([^<]+)</span>");

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void showsTheFirstPageOfMembersAndTheirCount() throws Exception {
        HttpResponse<String> page = get("/");

        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(HTML_LANG_EN.matcher(html).find(), "English by default");
        assertTrue(html.contains(">Member directory</h1>"));
        assertTrue(html.contains(FOUNDING_MEMBERS + " member companies"), "total count shown");
        assertEquals(20, count(ROW, html), "one page of 20 rows");
        List<String> names = companyNames(html);
        assertEquals("Alian Power Semiconductors Inc.", names.get(0), "sorted by English name");
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void switchingToTraditionalChineseShowsChineseLabelsAndNamesAndIsRemembered() throws Exception {
        HttpResponse<String> switched = get("/public/members.xhtml?lang=zh-TW");

        assertEquals(200, switched.statusCode());
        assertFalse(switched.uri().toString().contains("lang="), "the parameter is dropped after switching");
        String html = switched.body();
        assertTrue(HTML_LANG_ZH_TW.matcher(html).find());
        assertTrue(html.contains(">會員名錄</h1>"));
        assertTrue(html.contains("共 " + FOUNDING_MEMBERS + " 家會員企業"));
        assertTrue(html.contains("產業群組"));
        List<String> names = companyNames(html);
        assertEquals(20, names.size());
        assertTrue(names.stream().allMatch(name -> name.endsWith("有限公司")), names::toString);

        String later = get("/").body();
        assertTrue(later.contains(">會員名錄</h1>"), "the language is remembered for the session");

        String english = get("/?lang=en").body();
        assertTrue(english.contains(">Member directory</h1>"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(portalUri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int count(Pattern pattern, String text) {
        int found = 0;
        for (Matcher matcher = pattern.matcher(text); matcher.find(); ) {
            found++;
        }
        return found;
    }

    private static List<String> companyNames(String html) {
        return COMPANY_NAME.matcher(html).results().map(match -> match.group(1).replace("&amp;", "&")).toList();
    }
}
