package tw.netzero.portal.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a small server that answers as the portal's Faces pages do. */
class FacesClientTest {

    /** Two forms, as the portal's pages have (the header's sign-out and the page's own), and a nonce. */
    private static final String PAGE = """
            <!DOCTYPE html><html><head><script nonce="n0nce">PrimeFaces.csp.init('n0nce');</script></head><body>
            <form id="signOut" method="post" action="/sign-out"><input type="hidden" name="token" value="t-1"></form>
            <form id="profile" name="profile" method="post" action="/member/company.xhtml">
            <input type="hidden" name="profile" value="profile">
            <input type="text" name="profile:website" value="">
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1&#58;jakarta.faces.ViewState&#58;0" value="-42&#58;17&amp;x">
            </form></body></html>
            """;

    private HttpServer server;
    private final Map<String, String> posted = new LinkedHashMap<>();
    private String postedTo;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            postedTo = exchange.getRequestURI().toString();
            for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                posted.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
        }
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=s-1; Path=/");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private FacesClient client() {
        return new FacesClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    @Test
    void postsTheFormsOwnHiddenFieldsTheNonceTheFieldsAndTheButtonToThePagesAddress() {
        FacesClient client = client();
        client.get("/member/company.xhtml?id=7");

        client.submit("profile", Map.of("website", "https://a.example"), "save");

        assertEquals("/member/company.xhtml?id=7", postedTo);
        assertEquals("-42:17&x", posted.get("jakarta.faces.ViewState"), "entities decoded as a browser would");
        assertEquals("n0nce", posted.get("primefaces.nonce"));
        assertEquals("profile", posted.get("profile"));
        assertEquals("https://a.example", posted.get("profile:website"));
        assertEquals("", posted.get("profile:save"));
        assertFalse(posted.containsKey("token"), "another form's hidden field is not sent");
        assertEquals("s-1", client.sessionId().orElseThrow(), "cookies kept");
    }

    @Test
    void sendsAViewStateOfTheCallersChoice() {
        FacesClient client = client();
        client.get("/member/company.xhtml");

        client.submitWithViewState("profile", Map.of(), "save", "forgotten");

        assertEquals("forgotten", posted.get("jakarta.faces.ViewState"));
    }

    @Test
    void signsOutWithTheHeadersToken() {
        FacesClient client = client();
        client.get("/member/company.xhtml");

        client.signOut();

        assertEquals("/sign-out", postedTo);
        assertEquals(Map.of("token", "t-1"), posted);
    }

    @Test
    void refusesAFormThePageDoesNotHave() {
        FacesClient client = client();
        client.get("/member/company.xhtml");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> client.submit("filing", Map.of(), "save"));
        assertTrue(refused.getMessage().contains("No form 'filing'"), refused.getMessage());
    }

    @Test
    void aServerThatIsAwayIsAnUncheckedIoException() {
        FacesClient client = client();
        server.stop(0);

        assertThrows(UncheckedIOException.class, () -> client.get("/public/members.xhtml"));
    }
}
