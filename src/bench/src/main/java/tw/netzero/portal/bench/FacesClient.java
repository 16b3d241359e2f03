package tw.netzero.portal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.account.TotpCodes;

/**
 * One browser-less visitor of the portal for the load drivers: keeps its cookies, remembers the
 * last page and posts a form back with its view state and PrimeFaces' CSP nonce, as a browser
 * without JavaScript would (the e2e tests' JsfClient does the same for one test).
 */
final class FacesClient {

    private static final String SECOND_FACTOR_PAGE = "/public/second-factor.xhtml";
    private static final Pattern HIDDEN_INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private HttpResponse<String> last;

    FacesClient(URI base) {
        this.base = base;
        // HTTP/1.1, not the JDK's default HTTP/2: Payara answers the client's h2c upgrade, and on
        // JDK 17 an HTTP/2 connection has no client-side idle timeout (jdk.httpclient.keepalive.timeout
        // covers HTTP/1.1 only), so a member idle for about Payara's 30 s keep-alive timeout after its
        // sign-in sent its PUT on a connection the server was closing: "EOF reached while reading",
        // not retried (the JDK retries only GET and HEAD), the filing's fate unknown to the client
        // (docs/performance.md, "Ingest: the EOF failures and the 55.5/s rerun"). Over HTTP/1.1 the
        // driver's 20 s idle timeout (IngestDriver) drops the connection long before Payara does.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "en").GET().build());
    }

    /** Posts a form of the last page; field names are relative to the form id. */
    HttpResponse<String> submit(String formId, Map<String, String> fields, String buttonId) {
        Map<String, String> body = hiddenInputs();
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + buttonId, "");
        String encoded = body.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(last.uri()).header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
    }

    /** Sends a JSON body with PUT (the member filing API), with the session's cookies. */
    HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Signs in through the login page; true when the portal accepted the credentials. */
    boolean signIn(String email, String password) {
        get("/public/login.xhtml");
        HttpResponse<String> after = submit("login", Map.of("email", email, "password", password), "submit");
        if (after.uri().getPath().endsWith(SECOND_FACTOR_PAGE)) {
            // The bench's secretariat accounts share one secret; one sign-in per step at most.
            String code = TotpCodes.codeFor(BenchAccounts.TOTP_SECRET, TotpCodes.stepAt(Instant.now()));
            after = submit("secondFactor", Map.of("code", code), "submit");
        }
        String path = after.uri().getPath();
        return after.statusCode() == 200 && !path.endsWith("/public/login.xhtml") && !path.endsWith(SECOND_FACTOR_PAGE);
    }


    HttpResponse<String> last() {
        return last;
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("No session"));
    }

    private Map<String, String> hiddenInputs() {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher matcher = HIDDEN_INPUT.matcher(last.body());
        while (matcher.find()) {
            hidden.put(matcher.group(1), matcher.group(2).replace("&#58;", ":"));
        }
        if (!hidden.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("No form on " + last.uri() + " (HTTP " + last.statusCode() + ")");
        }
        Matcher nonce = SCRIPT_NONCE.matcher(last.body());
        if (nonce.find()) {
            hidden.put("primefaces.nonce", nonce.group(1));
        }
        return hidden;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            last = http.send(request, HttpResponse.BodyHandlers.ofString());
            return last;
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
