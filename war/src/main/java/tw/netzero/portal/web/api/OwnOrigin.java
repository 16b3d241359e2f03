package tw.netzero.portal.web.api;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's own origin ({@code scheme://host[:port]}, RFC 6454), against which a browser's
 * {@code Origin} header is compared: the second line, behind the {@code SameSite=Strict} session
 * cookie, against cross-site requests that change data. A request without {@code Origin} comes
 * from a non-browser client (GHG software, curl) and is let through; one whose {@code Origin} is
 * neither the address it was sent to nor the configured {@code portal.base-url} (the address users
 * see behind a proxy) is refused, also {@code Origin: null} (sandboxed frames, some redirects).
 */
public final class OwnOrigin {

    private OwnOrigin() {
    }

    /**
     * Whether a request may go on.
     *
     * @param originHeader the request's {@code Origin} header, null when absent
     * @param requested the address the request was sent to (only scheme, host and port count)
     * @param baseUrl the configured {@code portal.base-url}, if any
     */
    public static boolean allows(String originHeader, URI requested, Optional<String> baseUrl) {
        if (originHeader == null) {
            return true;
        }
        Optional<String> origin = originOf(originHeader.strip());
        return origin.isPresent() && (origin.equals(originOf(requested))
                || origin.equals(baseUrl.flatMap(OwnOrigin::originOf)));
    }

    private static Optional<String> originOf(String address) {
        try {
            return originOf(new URI(address));
        } catch (java.net.URISyntaxException notAnOrigin) {
            return Optional.empty();
        }
    }

    /** Scheme and host in lower case, the port only when not the scheme's default. */
    private static Optional<String> originOf(URI address) {
        if (address == null || address.getScheme() == null || address.getHost() == null) {
            return Optional.empty();
        }
        String scheme = address.getScheme().toLowerCase(Locale.ROOT);
        int port = address.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return Optional.of(scheme + "://" + address.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }
}
