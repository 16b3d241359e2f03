package tw.netzero.portal.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript, over plain HTTP, that speaks just enough Faces to fill in and
 * submit a form: it keeps cookies, remembers the last page and posts a form of it back with the
 * form's hidden fields (the view state), PrimeFaces' CSP nonce (its JavaScript adds it to every
 * postback), the fields and the pressed button. Pages are read with jsoup, not scraped by pattern.
 * Used by the end-to-end tests, the fault tests and the bench's load drivers.
 *
 * <p>A transport failure is an {@link UncheckedIOException}: callers that expect the server to be
 * away (the fault tests) catch that.
 */
public class FacesClient {

    public static final String LOGIN_PAGE = "/public/login.xhtml";
    public static final String SECOND_FACTOR_PAGE = "/public/second-factor.xhtml";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Duration requestTimeout;
    private final String language;
    private HttpResponse<String> last;

    /** A client of the portal at {@code base}, with the JDK's HTTP settings and no time limits. */
    public FacesClient(URI base) {
        this(base, HttpClient.newBuilder(), null, null);
    }

    /**
     * @param http           the HTTP settings (version, connect timeout); cookies and redirects are set here
     * @param requestTimeout the longest a request may take, or null for no limit
     * @param language       the {@code Accept-Language} of every request, or null for none
     */
    public FacesClient(URI base, HttpClient.Builder http, Duration requestTimeout, String language) {
        this.base = base;
        this.http = http.cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.requestTimeout = requestTimeout;
        this.language = language;
    }

    /** Opens a page; it becomes the last page. */
    public HttpResponse<String> get(String path) {
        last = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        return last;
    }

    /** A file download, as bytes (not remembered as the last page). */
    public HttpResponse<byte[]> download(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Submits a form of the last page: field names are relative to the form id. */
    public HttpResponse<String> submit(String formId, Map<String, String> fields, String buttonId) {
        return post(formId, fields, buttonId, hiddenInputs(formId));
    }

    /** Submits with a given view state, e.g. one the server has forgotten. */
    public HttpResponse<String> submitWithViewState(String formId, Map<String, String> fields, String buttonId,
                                                    String viewState) {
        Map<String, String> hidden = hiddenInputs(formId);
        hidden.put(VIEW_STATE, viewState);
        return post(formId, fields, buttonId, hidden);
    }

    /**
     * Uploads a file as a browser does through PrimeFaces' simple, automatic {@code p:fileUpload}: an
     * ajax multipart post of the form's hidden fields (its view state among them) and the file, as the
     * part named after the upload's input ({@code <form>:<upload>_input}). Renders the form and the
     * template's messages; the answer is Faces' partial response (XML) and the last page stays as it was.
     * {@code body} makes what is sent of the multipart bytes (a fault test paces or cuts them).
     */
    public HttpResponse<String> upload(String formId, String uploadId, String fileName, String contentType, byte[] content,
                                       Function<byte[], HttpRequest.BodyPublisher> body) {
        String source = formId + ":" + uploadId;
        Map<String, String> fields = hiddenInputs(formId);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", formId + " messages");
        String boundary = "FacesClient" + UUID.randomUUID();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream(content.length + 4096);
        fields.forEach((name, value) -> multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + source + "_input\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        multipart.writeBytes(content);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(last.uri()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax").POST(body.apply(multipart.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The same, sent as it is. */
    public HttpResponse<String> upload(String formId, String uploadId, String fileName, String contentType, byte[] content) {
        return upload(formId, uploadId, fileName, contentType, content, HttpRequest.BodyPublishers::ofByteArray);
    }

    /** Sends a JSON body with PUT (the member filing API) in this client's session. */
    public HttpResponse<String> putJson(String path, String json) {
        return putJson(path, json, null);
    }

    /** The same with an {@code Idempotency-Key} (decision 0025) when one is given. */
    public HttpResponse<String> putJson(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a JSON body with POST in this client's session. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in through the login page, and through the second-factor page when the portal asks for
     * a code, with the code {@code secondFactorCode} gives (null: none known); true when the portal
     * accepted them.
     */
    public boolean signIn(String email, String password, Supplier<String> secondFactorCode) {
        get(LOGIN_PAGE);
        HttpResponse<String> after = submit("login", Map.of("email", email, "password", password), "submit");
        if (isOnSecondFactorPage()) {
            String code = secondFactorCode.get();
            if (code == null) {
                return false; // not enrolled yet, or the caller knows no secret for it
            }
            after = submitSecondFactor(code);
        }
        String path = after.uri().getPath();
        return !path.endsWith(LOGIN_PAGE) && !path.endsWith(SECOND_FACTOR_PAGE);
    }

    /** Signs in with a password alone (members); false when the portal asks for a code. */
    public boolean signIn(String email, String password) {
        return signIn(email, password, () -> null);
    }

    /** Whether the last page asks for the sign-in code (the password was right, a code is due). */
    public boolean isOnSecondFactorPage() {
        return last.uri().getPath().endsWith(SECOND_FACTOR_PAGE);
    }

    /** Submits a sign-in code (or recovery code) on the second-factor page. */
    public HttpResponse<String> submitSecondFactor(String code) {
        return submit("secondFactor", Map.of("code", code), "submit");
    }

    /** Signs out with the header's plain form (a token, no view state), as its button does. */
    public HttpResponse<String> signOut() {
        Element token = page().selectFirst("input[type=hidden][name=token]");
        if (token == null) {
            throw new IllegalStateException("No sign-out form on " + last.uri());
        }
        last = send(request("/sign-out").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("token", token.val())))).build(),
                HttpResponse.BodyHandlers.ofString());
        return last;
    }

    public HttpResponse<String> last() {
        return last;
    }

    /** The last page, parsed. */
    public Document page() {
        return Jsoup.parse(last.body(), last.uri().toString());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    /** Presents a session id captured earlier, as an attacker replaying a cookie would. */
    public void useSessionId(String sessionId) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base.resolve("/"), cookie);
    }

    private HttpResponse<String> post(String formId, Map<String, String> fields, String buttonId,
                                      Map<String, String> hidden) {
        Map<String, String> body = new LinkedHashMap<>(hidden);
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + buttonId, "");
        // Posted to the page's own address, as Faces' postback does with its view parameters.
        last = send(request(last.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(body))).build(), HttpResponse.BodyHandlers.ofString());
        return last;
    }

    /** The form's hidden fields (its view state among them) and the page's PrimeFaces CSP nonce. */
    private Map<String, String> hiddenInputs(String formId) {
        Document page = page();
        Element form = page.getElementById(formId);
        if (form == null || !form.is("form")) {
            throw new IllegalStateException("No form '" + formId + "' on " + last.uri() + " (HTTP " + last.statusCode() + ")");
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden][name]")) {
            hidden.put(input.attr("name"), input.val());
        }
        if (!hidden.containsKey(VIEW_STATE)) {
            throw new IllegalStateException("No view state in form '" + formId + "' on " + last.uri());
        }
        Element script = page.selectFirst("script[nonce]");
        if (script != null) {
            hidden.put("primefaces.nonce", script.attr("nonce"));
        }
        return hidden;
    }

    private HttpRequest.Builder request(String path) {
        return request(base.resolve(path));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (requestTimeout != null) {
            request.timeout(requestTimeout);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), e);
        }
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
