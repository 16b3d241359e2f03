package tw.netzero.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import tw.netzero.portal.domain.model.account.TotpCodes;
import tw.netzero.portal.testkit.FacesClient;

/**
 * One browser-less visitor of the portal for the load drivers: the shared {@link FacesClient}
 * over HTTP/1.1, in English, signing the bench's secretariat accounts in with their TOTP code.
 */
final class BenchClient extends FacesClient {

    BenchClient(URI base) {
        // HTTP/1.1, not the JDK's default HTTP/2: Payara answers the client's h2c upgrade, and on
        // JDK 17 an HTTP/2 connection has no client-side idle timeout (jdk.httpclient.keepalive.timeout
        // covers HTTP/1.1 only), so a member idle for about Payara's 30 s keep-alive timeout after its
        // sign-in sent its PUT on a connection the server was closing: "EOF reached while reading",
        // not retried (the JDK retries only GET and HEAD), the filing's fate unknown to the client
        // (docs/performance.md, "Ingest: the EOF failures and the 55.5/s rerun"). Over HTTP/1.1 the
        // driver's 20 s idle timeout (IngestDriver) drops the connection long before Payara does.
        super(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)),
                null, "en");
    }

    /** Signs in through the login page (and the second factor); true when the portal accepted them. */
    @Override
    public boolean signIn(String email, String password) {
        // The bench's secretariat accounts share one secret; one sign-in per step at most.
        return signIn(email, password, () -> TotpCodes.codeFor(BenchAccounts.TOTP_SECRET, TotpCodes.stepAt(Instant.now())))
                && last().statusCode() == 200;
    }
}
