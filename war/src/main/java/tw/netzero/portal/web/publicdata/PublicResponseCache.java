package tw.netzero.portal.web.publicdata;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.web.i18n.Language;

/**
 * Serves anonymous visitors' public pages (the directory, the member profiles and their API) from
 * responses rendered earlier for the same address and language, as long as the public data they
 * were rendered from is still current: every stored response belongs to one directory snapshot, and
 * a newer snapshot (after any committed change on any instance, or the snapshot's maximum age)
 * makes it stale. So the pages are exactly as fresh as the directory itself (decisions 0009, 0022),
 * and rendering runs once per page and data version instead of once per request (decision 0012).
 *
 * <p>Only plain anonymous GETs are served or stored: no session, no signed-in user, no language
 * switch, no conditional request (the resources answer those with 304 themselves), and a request
 * with {@code Cache-Control: no-cache} is rendered anew, as HTTP asks of caches. Only 200 responses
 * without cookies are stored. Declared in web.xml after the language and security-header filters, so
 * replayed responses get those filters' headers and the visitor's language like any other.
 */
public class PublicResponseCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Responses larger than this are not stored (a directory page is about 35 kB). */
    static final int MAX_RESPONSE_BYTES = 512 * 1024;
    /** All stored responses together stay below this; the least recently used go first. */
    static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

    private static final SecureRandom NONCES = new SecureRandom();

    @Inject
    transient MemberDirectory directory;

    private final Map<String, StoredResponse> stored = new LinkedHashMap<>(256, 0.75f, true);
    private long storedBytes;
    /** Addresses being rendered now (guarded by this). */
    private final Set<String> rendering = new HashSet<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        Object current = directory.snapshot();
        String key = request.getRequestURI() + '?' + request.getQueryString() + '|'
                + Language.of(request).toLanguageTag();
        boolean noCache = noCacheAsked(request);
        StoredResponse hit = noCache ? null : lookUp(key, current);
        if (hit != null) {
            replay(hit, response);
            return;
        }
        // Stale-while-revalidate, as the snapshot (decision 0026): while one request renders an
        // address for a new snapshot, the others get the page stored for the previous one, with its
        // own ETag and Last-Modified, instead of all rendering it at once.
        StoredResponse previous = noCache ? null : startRendering(key);
        if (previous != null) {
            replay(previous, response);
            return;
        }
        try {
            CapturingResponse capture = new CapturingResponse(response, MAX_RESPONSE_BYTES);
            chain.doFilter(request, capture);
            if (capture.storable() && request.getSession(false) == null) {
                store(key, StoredResponse.of(current, capture.getContentType(), capture.headers(), capture.body()));
            }
        } finally {
            if (!noCache) {
                doneRendering(key);
            }
        }
    }

    /**
     * The page stored for an earlier snapshot if another request is rendering this address now;
     * else null, and this request is the one rendering it.
     */
    private synchronized StoredResponse startRendering(String key) {
        StoredResponse previous = stored.get(key);
        if (previous != null && rendering.contains(key)) {
            return previous;
        }
        rendering.add(key);
        return null;
    }

    private synchronized void doneRendering(String key) {
        rendering.remove(key);
    }

    private static boolean cacheable(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getUserPrincipal() == null
                && request.getSession(false) == null && request.getParameter("lang") == null
                && request.getHeader("If-None-Match") == null && request.getHeader("If-Modified-Since") == null;
    }

    private static boolean noCacheAsked(HttpServletRequest request) {
        String cacheControl = request.getHeader("Cache-Control");
        return cacheControl != null && cacheControl.contains("no-cache") || request.getHeader("Pragma") != null;
    }

    private synchronized StoredResponse lookUp(String key, Object current) {
        StoredResponse found = stored.get(key);
        return found != null && found.owner() == current ? found : null;
    }

    private synchronized void store(String key, StoredResponse response) {
        StoredResponse replaced = stored.put(key, response);
        storedBytes += size(response) - (replaced == null ? 0 : size(replaced));
        Iterator<StoredResponse> eldest = stored.values().iterator();
        while (storedBytes > MAX_TOTAL_BYTES && eldest.hasNext()) {
            storedBytes -= size(eldest.next());
            eldest.remove();
        }
    }

    private static long size(StoredResponse response) {
        return response.bodyAroundNonce().stream().mapToLong(part -> part.length).sum();
    }

    private static void replay(StoredResponse hit, HttpServletResponse response) throws IOException {
        byte[] random = new byte[24];
        NONCES.nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        response.setStatus(HttpServletResponse.SC_OK);
        if (hit.contentType() != null) {
            response.setContentType(hit.contentType());
        }
        for (Map.Entry<String, String> header : hit.headersWith(nonce)) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setContentLength(hit.lengthWith(nonce));
        hit.writeBody(response.getOutputStream(), nonce);
    }
}
