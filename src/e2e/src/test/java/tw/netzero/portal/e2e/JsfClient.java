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

    private static final Pattern SIGN_OUT_TOKEN =
            Pattern.compile("<input type=\"hidden\" name=\"token\" value=\"([^\"]*)\"");
    private static final Pattern HIDDEN_INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    /** PrimeFaces' CSP mode expects its script nonce back with every postback (its JavaScript adds it). */
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private HttpResponse<String> last;

    static final String SECOND_FACTOR_PAGE = "/public/second-factor.xhtml";

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(DeployedPortal.portalUri(path)).GET().build());
    }

    /** A file download, as bytes (not remembered as the last page). */
    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(DeployedPortal.portalUri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Submits a form of the last page: field names are relative to the form id. */
    HttpResponse<String> submit(String formId, Map<String, String> fields, String buttonId) {
        return post(formId, fields, buttonId, hiddenInputs());
    }

    /** Submits with a given view state, e.g. one the server has forgotten. */
    HttpResponse<String> submitWithViewState(String formId, Map<String, String> fields, String buttonId,
                                             String viewState) {
        Map<String, String> hidden = hiddenInputs();
        hidden.put("jakarta.faces.ViewState", viewState);
        return post(formId, fields, buttonId, hidden);
    }

    private HttpResponse<String> post(String formId, Map<String, String> fields, String buttonId,
                                      Map<String, String> hidden) {
        Map<String, String> body = new LinkedHashMap<>(hidden);
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + buttonId, "");
        String encoded = body.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = last.uri();
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
    }

    /**
     * Signs in through the login page, and for a demo reviewer or administrator through the
     * second-factor page with a code from its secret; true when the portal accepted them.
     */
    boolean signIn(String email, String password) {
        get("/public/login.xhtml");
        HttpResponse<String> after = submit("login", Map.of("email", email, "password", password), "submit");
        if (isOnSecondFactorPage()) {
            DemoUsers demo = DemoUsers.withEmail(email).filter(user -> user.totpSecret != null).orElse(null);
            if (demo == null) {
                return false; // not enrolled yet, or the test knows no secret for it
            }
            after = submitSecondFactor(demo.nextCode());
        }
        String path = after.uri().getPath();
        return !path.endsWith("/public/login.xhtml") && !path.endsWith(SECOND_FACTOR_PAGE);
    }

    /** Whether the last page asks for the sign-in code (the password was right, a code is due). */
    boolean isOnSecondFactorPage() {
        return last.uri().getPath().endsWith(SECOND_FACTOR_PAGE);
    }

    /** Submits a sign-in code (or recovery code) on the second-factor page. */
    HttpResponse<String> submitSecondFactor(String code) {
        return submit("secondFactor", Map.of("code", code), "submit");
    }

    HttpResponse<String> last() {
        return last;
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    /** Presents a session id captured earlier, as an attacker replaying a cookie would. */
    void useSessionId(String sessionId) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(DeployedPortal.portalUri("/"), cookie);
    }

    /** Signs out with the header's plain form (no view state), as its button does. */
    HttpResponse<String> signOut() {
        Matcher token = SIGN_OUT_TOKEN.matcher(last.body());
        if (!token.find()) {
            throw new IllegalStateException("No sign-out form on " + last.uri());
        }
        return send(HttpRequest.newBuilder(DeployedPortal.portalUri("/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + encode(token.group(1)))).build());
    }

    /** The view state, the PrimeFaces CSP nonce and whatever else the page keeps in hidden fields. */
    private Map<String, String> hiddenInputs() {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher matcher = HIDDEN_INPUT.matcher(last.body());
        while (matcher.find()) {
            hidden.put(matcher.group(1), matcher.group(2).replace("&#58;", ":"));
        }
        if (!hidden.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("No form on " + last.uri());
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
