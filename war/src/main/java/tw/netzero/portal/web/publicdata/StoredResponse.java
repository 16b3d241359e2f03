package tw.netzero.portal.web.publicdata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered response kept for replay: its content type, the headers the application set and the
 * body. PrimeFaces' CSP mode gives every response a fresh script nonce (in a
 * Content-Security-Policy header and in the page's script tags); a stored response keeps the places
 * where its nonce stood and each replay puts a new one there, so no two responses share a nonce.
 *
 * @param owner what the response was rendered from (the directory snapshot): valid while it is current
 */
public record StoredResponse(Object owner, String contentType, List<Map.Entry<String, String>> headers,
                             List<byte[]> bodyAroundNonce) {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final String NONCE_PLACE = "\u0000nonce\u0000";

    /**
     * @param headers the headers as the application set them, in order (Content-Security-Policy among them)
     */
    public static StoredResponse of(Object owner, String contentType, List<Map.Entry<String, String>> headers,
                                    byte[] body) {
        String nonce = null;
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            Matcher matcher = NONCE.matcher(header.getValue());
            if (header.getKey().equalsIgnoreCase("Content-Security-Policy") && matcher.find()) {
                nonce = matcher.group(1);
                kept.add(Map.entry(header.getKey(), header.getValue().replace(nonce, NONCE_PLACE)));
            } else {
                kept.add(header);
            }
        }
        List<byte[]> parts = nonce == null ? List.of(body) : split(body, nonce);
        return new StoredResponse(owner, contentType, List.copyOf(kept), parts);
    }

    private static List<byte[]> split(byte[] body, String nonce) {
        // Searched in the body's bytes read as ISO-8859-1 (one char per byte, so the indexes are the
        // bytes'): String.indexOf is vectorised; a loop over the bytes was 6 % of a rendered directory page.
        String bytes = new String(body, StandardCharsets.ISO_8859_1);
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = bytes.indexOf(nonce); at >= 0; at = bytes.indexOf(nonce, from)) {
            parts.add(Arrays.copyOfRange(body, from, at));
            from = at + nonce.length();
        }
        parts.add(Arrays.copyOfRange(body, from, body.length));
        return List.copyOf(parts);
    }

    /** The headers to send with a new nonce in place of the stored one. */
    public List<Map.Entry<String, String>> headersWith(String nonce) {
        return headers.stream().map(header -> header.getValue().contains(NONCE_PLACE)
                ? Map.entry(header.getKey(), header.getValue().replace(NONCE_PLACE, nonce)) : header).toList();
    }

    /** The body's length with a nonce of this length in place of the stored one. */
    public int lengthWith(String nonce) {
        int places = bodyAroundNonce.size() - 1;
        return bodyAroundNonce.stream().mapToInt(part -> part.length).sum() + places * nonce.length();
    }

    public void writeBody(OutputStream out, String nonce) throws IOException {
        byte[] nonceBytes = nonce.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bodyAroundNonce.size(); i++) {
            if (i > 0) {
                out.write(nonceBytes);
            }
            out.write(bodyAroundNonce.get(i));
        }
    }
}
