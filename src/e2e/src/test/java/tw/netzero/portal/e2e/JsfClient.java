package tw.netzero.portal.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that speaks just enough Faces to fill in and submit a form: it keeps
 * cookies, remembers the last page and posts its view state back with the fields and the
 * pressed button, as a browser without JavaScript would.
 */
final class JsfClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private HttpResponse<String> last;

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(DeployedPortal.portalUri(path)).GET().build());
    }

    /** Submits a form of the last page: field names are relative to the form id. */
    HttpResponse<String> submit(String formId, Map<String, String> fields, String buttonId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + buttonId, "");
        body.put("jakarta.faces.ViewState", viewState());
        String encoded = body.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = last.uri();
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
    }

    /** Signs in through the login page; true when the portal accepted the credentials. */
    boolean signIn(String email, String password) {
        get("/public/login.xhtml");
        HttpResponse<String> after = submit("login", Map.of("email", email, "password", password), "submit");
        return !after.uri().getPath().endsWith("/public/login.xhtml");
    }

    HttpResponse<String> last() {
        return last;
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    private String viewState() {
        Matcher matcher = VIEW_STATE.matcher(last.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No form on " + last.uri());
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            last = http.send(request, HttpResponse.BodyHandlers.ofString());
            return last;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
