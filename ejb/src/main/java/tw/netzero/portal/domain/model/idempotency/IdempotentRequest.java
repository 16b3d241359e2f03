package tw.netzero.portal.domain.model.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One request (or one filing of a batch request, {@code item} 1..n; 0 for a single request) sent
 * with an {@link IdempotencyKey}, and the SHA-256 of the whole request (method, path, body) that
 * tells a retry from another request sent under the same key.
 */
public record IdempotentRequest(IdempotencyKey key, int item, String requestSha256) {

    public static final int SINGLE = 0;

    public static IdempotentRequest of(IdempotencyKey key, int item, String method, String path, String body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
            return new IdempotentRequest(key, item, HexFormat.of().formatHex(sha256.digest()));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** The same request as this one for the filing {@code itemOfBatch} of a batch (1..n). */
    public IdempotentRequest item(int itemOfBatch) {
        return new IdempotentRequest(key, itemOfBatch, requestSha256);
    }
}
