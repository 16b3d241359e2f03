package tw.netzero.portal.faults;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import tw.netzero.portal.testkit.FacesClient;

/**
 * The shared browser without JavaScript ({@link FacesClient}) on the fault tests' own Payara: short
 * connect timeout, a minute at most per request, in English unless
 * told otherwise. A server that is away shows as an
 * {@link java.io.UncheckedIOException}.
 */
final class PortalClient extends FacesClient {

    PortalClient(OwnPayara portal) {
        this(portal, "en");
    }

    /** In another language ({@code Accept-Language}, e.g. "zh-TW"). */
    PortalClient(OwnPayara portal, String language) {
        this(portal, language, HttpClient.newBuilder());
    }

    private PortalClient(OwnPayara portal, String language, HttpClient.Builder http) {
        super(portal.uri("/"), http.connectTimeout(Duration.ofSeconds(5)), Duration.ofSeconds(60), language);
    }

    /**
     * A user of the soak, who pauses between requests: over HTTP/1.1, whose idle connections the JDK
     * drops after {@code jdk.httpclient.keepalive.timeout} (20 s, the module's POM), before Payara's 30 s
     * keep-alive timeout does. Over the JDK's default HTTP/2 an idle connection has no client-side
     * timeout on JDK 17, and a form posted on one the server was closing fails with "EOF reached while
     * reading" (bench's BenchClient, docs/performance.md).
     */
    static PortalClient pausing(OwnPayara portal, String language) {
        return new PortalClient(portal, language, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    /** A response's bytes as they came (not remembered as the last page); anything but 200 fails. */
    byte[] getBytes(String path) {
        HttpResponse<byte[]> response = download(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
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
