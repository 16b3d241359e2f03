package tw.netzero.portal.web.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredResponseTest {

    private static final String PAGE = "<script nonce=\"Abc123==\">PrimeFaces.csp.init('Abc123==');</script><p>ok</p>";

    private static StoredResponse stored() {
        return StoredResponse.of("snapshot", "text/html;charset=UTF-8", List.of(
                Map.entry("Content-Security-Policy", "script-src 'self' 'nonce-Abc123==';"),
                Map.entry("Cache-Control", "no-transform")), PAGE.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(StoredResponse response, String nonce) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.writeBody(out, nonce);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachReplayCarriesItsOwnNonceInHeaderAndPage() throws Exception {
        StoredResponse response = stored();
        assertEquals(PAGE.replace("Abc123==", "Other+nonce/42"), body(response, "Other+nonce/42"));
        assertEquals(List.of(Map.entry("Content-Security-Policy", "script-src 'self' 'nonce-Other+nonce/42';"),
                Map.entry("Cache-Control", "no-transform")), response.headersWith("Other+nonce/42"));
        assertEquals(body(response, "xy").getBytes(StandardCharsets.UTF_8).length, response.lengthWith("xy"));
    }

    @Test
    void aResponseWithoutNonceIsReplayedAsItWas() throws Exception {
        String json = "{\"items\":[]}";
        StoredResponse response = StoredResponse.of("snapshot", "application/json",
                List.of(Map.entry("ETag", "\"t-1\"")), json.getBytes(StandardCharsets.UTF_8));
        assertEquals(json, body(response, "unused"));
        assertEquals(json.length(), response.lengthWith("unused"));
        assertEquals(List.of(Map.entry("ETag", "\"t-1\"")), response.headersWith("unused"));
    }
}
