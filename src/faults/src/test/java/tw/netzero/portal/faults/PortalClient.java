package tw.netzero.portal.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, over plain HTTP: keeps cookies, posts a Faces form of the last page
 * back with its hidden fields (view state, PrimeFaces' nonce), as src/e2e's JsfClient does for the
 * test server there.
 */
final class PortalClient {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final OwnPayara portal;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private HttpResponse<String> last;

    PortalClient(OwnPayara portal) {
        this.portal = portal;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        last = http.send(HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return last;
    }

    /** A response's bytes as they came (not remembered as the last page). */
    byte[] getBytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Submits a form of the last page; field names are relative to the form. */
    HttpResponse<String> submit(String formId, Map<String, String> fields, String buttonId)
            throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(last.body());
        while (hidden.find()) {
            body.put(hidden.group(1), hidden.group(2).replace("&#58;", ":"));
        }
        Matcher nonce = SCRIPT_NONCE.matcher(last.body());
        if (nonce.find()) {
            body.put("primefaces.nonce", nonce.group(1));
        }
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + buttonId, "");
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI action = last.uri();
        last = http.send(HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
        return last;
    }

    /** Signs a member in through the login form; true when the portal took them. */
    boolean signIn(String email, String password) throws IOException, InterruptedException {
        get("/public/login.xhtml");
        HttpResponse<String> after = submit("login", Map.of("email", email, "password", password), "submit");
        return !after.uri().getPath().endsWith("/public/login.xhtml");
    }

    /** A JSON PUT with this client's session, as a member's script would send it. */
    HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return putJson(path, json, null);
    }

    /** The same with an Idempotency-Key (decision 0025) when one is given. */
    HttpResponse<String> putJson(String path, String json, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fictional but valid UBN (Ubn's rule: weights 1,2,1,2,1,2,4,1, digit sums divisible by 5). */
    static String ubn(String firstSeven) {
        for (int last = 0; last <= 9; last++) {
            String candidate = firstSeven + last;
            int[] weights = {1, 2, 1, 2, 1, 2, 4, 1};
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                int product = (candidate.charAt(i) - '0') * weights[i];
                sum += product / 10 + product % 10;
            }
            if (sum % 5 == 0) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No check digit for " + firstSeven);
    }
}
