package tw.netzero.portal.web.publicdata;

import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

/**
 * A JSON answer that clients can cache and revalidate: a strong {@code ETag} (a hash of the body,
 * so it changes exactly when the content does), {@code Last-Modified} (when public data last
 * changed) and 304 Not Modified on {@code If-None-Match} / {@code If-Modified-Since}, with
 * If-None-Match taking precedence (RFC 9110).
 */
public final class CachedJson {

    /** Public data: any cache may keep it for a minute, then revalidate. */
    private static final int MAX_AGE_SECONDS = 60;

    private CachedJson() {
    }

    public static Response of(Request request, JsonStructure body, Instant lastModified) {
        String json = body.toString();
        EntityTag tag = new EntityTag(hash(json));
        // HTTP dates have whole seconds.
        Date modified = Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS));
        CacheControl cacheControl = new CacheControl();
        cacheControl.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()));
        return answer.tag(tag).lastModified(modified).cacheControl(cacheControl).build();
    }

    private static String hash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
