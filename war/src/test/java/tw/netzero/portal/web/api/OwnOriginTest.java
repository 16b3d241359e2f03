package tw.netzero.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnOriginTest {

    private static final URI REQUESTED = URI.create("http://portal.example:8080/api/member/companies/13579113/filings/2025");

    @Test
    void aRequestWithoutOriginComesFromANonBrowserClientAndIsAllowed() {
        assertTrue(OwnOrigin.allows(null, REQUESTED, Optional.empty()));
    }

    @Test
    void thePortalsOwnOriginIsAllowed() {
        assertTrue(OwnOrigin.allows("http://portal.example:8080", REQUESTED, Optional.empty()));
        assertTrue(OwnOrigin.allows("HTTP://Portal.Example:8080", REQUESTED, Optional.empty()));
    }

    @Test
    void theConfiguredBaseUrlIsAllowedBehindAProxyWithDefaultPortsLeftOut() {
        Optional<String> baseUrl = Optional.of("https://netzero.example.tw:443/");
        assertTrue(OwnOrigin.allows("https://netzero.example.tw", REQUESTED, baseUrl));
        assertFalse(OwnOrigin.allows("http://netzero.example.tw", REQUESTED, baseUrl));
        assertTrue(OwnOrigin.allows("http://portal.example", URI.create("http://portal.example:80/api"), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://portal.example:8081", "https://portal.example:8080",
            "http://portal.example", "http://portal.example.evil.example:8080", "null", "", "not an origin"})
    void anyOtherOriginIsRefused(String origin) {
        assertFalse(OwnOrigin.allows(origin, REQUESTED, Optional.of("https://netzero.example.tw")));
    }
}
