package tw.netzero.portal.web.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.domain.model.directory.DirectorySnapshot;

/**
 * The cache's rules, with the servlet API played by plain Java objects (the deployed behaviour is
 * covered over HTTP by the e2e tests; their server reads the directory on every request, so there
 * every request renders).
 */
class PublicResponseCacheTest {

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");

    /** The directory whose current snapshot the test sets. */
    private static final class Directory extends MemberDirectory {
        DirectorySnapshot current = snapshot("1");

        @Override
        public DirectorySnapshot snapshot() {
            return current;
        }

        static DirectorySnapshot snapshot(String tag) {
            return DirectorySnapshot.of(List.of(), tag, Instant.EPOCH);
        }
    }

    /** A response as the client receives it. */
    private static final class Received {
        int status = 200;
        String contentType;
        final List<Map.Entry<String, String>> headers = new ArrayList<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean cookie;

        HttpServletResponse response() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> { status = (int) args[0]; yield null; }
                        case "getStatus" -> status;
                        case "setContentType" -> { contentType = (String) args[0]; yield null; }
                        case "getContentType" -> contentType;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "addHeader", "setHeader" -> { headers.add(Map.entry((String) args[0], (String) args[1])); yield null; }
                        case "addCookie" -> { cookie = true; yield null; }
                        case "setContentLength", "flushBuffer" -> null;
                        case "getOutputStream" -> stream;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }

        String headerNonce() {
            Matcher matcher = HEADER_NONCE.matcher(headers.stream()
                    .filter(header -> header.getKey().equals("Content-Security-Policy")).findFirst().orElseThrow().getValue());
            assertTrue(matcher.find());
            return matcher.group(1);
        }
    }

    private final Directory directory = new Directory();
    private final PublicResponseCache cache = new PublicResponseCache();
    private int rendered;
    private boolean renderWithCookie;
    /** Run in the middle of a render: another visitor arriving meanwhile. */
    private Runnable duringRender = () -> { };

    /** Renders like the portal: a nonce in the policy header and in the page. */
    private final FilterChain portal = (request, response) -> {
        rendered++;
        HttpServletResponse http = (HttpServletResponse) response;
        String nonce = "rendered-nonce-" + rendered;
        http.setContentType("text/html;charset=UTF-8");
        http.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-" + nonce + "';");
        if (renderWithCookie) {
            http.addCookie(new Cookie("JSESSIONID", "x"));
        }
        Runnable meanwhile = duringRender;
        duringRender = () -> { };
        meanwhile.run();
        http.getOutputStream().write(("<script nonce=\"" + nonce + "\"></script><p>page " + request.getParameterMap()
                + " of " + directory.current.dataTag() + "</p>").getBytes(StandardCharsets.UTF_8));
    };

    PublicResponseCacheTest() {
        cache.directory = directory;
    }

    private static HttpServletRequest get(String query, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(PublicResponseCacheTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> "/public/members.xhtml";
                    case "getQueryString" -> query;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getParameterMap" -> Map.of();
                    case "getParameter", "getUserPrincipal", "getSession", "getAttribute" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Received visit(String query, Map<String, String> headers) throws Exception {
        Received received = new Received();
        cache.doFilter(get(query, headers), received.response(), portal);
        return received;
    }

    private Received visit(String query) throws Exception {
        return visit(query, Map.of());
    }

    @Test
    void aSecondVisitIsServedFromTheStoredPageWithANewNonce() throws Exception {
        Received first = visit("group=steel");
        Received second = visit("group=steel");
        assertEquals(1, rendered);
        assertEquals(200, second.status);
        assertEquals("text/html;charset=UTF-8", second.contentType);
        assertNotEquals(first.headerNonce(), second.headerNonce());
        assertEquals(first.text().replace(first.headerNonce(), second.headerNonce()), second.text());
        assertTrue(second.text().contains("nonce=\"" + second.headerNonce() + "\""));
    }

    @Test
    void otherAddressesAndNewerDataAreRenderedAgain() throws Exception {
        visit("group=steel");
        visit("group=energy");
        assertEquals(2, rendered);
        directory.current = Directory.snapshot("2");
        visit("group=steel");
        assertEquals(3, rendered);
        visit("group=steel");
        assertEquals(3, rendered);
    }

    @Test
    void noCacheConditionalRequestsAndCookiesBypassTheStore() throws Exception {
        visit(null);
        visit(null, Map.of("Cache-Control", "no-cache"));
        assertEquals(2, rendered);
        visit(null, Map.of("If-None-Match", "\"x\""));
        assertEquals(3, rendered);
        renderWithCookie = true;
        visit("page=2");
        visit("page=2");
        assertEquals(5, rendered, "a response setting a cookie is never stored");
    }

    @Test
    void whileOneVisitRendersNewerDataTheOthersGetThePreviousPage() throws Exception {
        visit("group=steel");
        directory.current = Directory.snapshot("2");
        List<Received> meanwhile = new ArrayList<>();
        duringRender = () -> {
            try {
                meanwhile.add(visit("group=steel"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Received renderer = visit("group=steel");
        assertEquals(2, rendered, "one render for the new snapshot, not one per visitor");
        assertTrue(meanwhile.get(0).text().contains("of 1"), "the page of the previous snapshot");
        assertTrue(renderer.text().contains("of 2"));
        assertTrue(visit("group=steel").text().contains("of 2"));
        assertEquals(2, rendered);
    }
}
