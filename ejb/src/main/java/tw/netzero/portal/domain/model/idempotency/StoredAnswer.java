package tw.netzero.portal.domain.model.idempotency;

/**
 * The first answer given to a request sent with an {@link IdempotencyKey}, and the SHA-256 of that
 * request (method, path and body), by which a retry is told from another request under the same key.
 */
public record StoredAnswer(String requestSha256, int status, String body) {

    public boolean answers(String otherRequestSha256) {
        return requestSha256.equals(otherRequestSha256);
    }
}
