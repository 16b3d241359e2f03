package tw.netzero.portal.web.api;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.StatusType;

/**
 * A request the API refuses, answered by {@link ProblemResponses} as an RFC 7807 problem: the
 * status, a short title and a detail that tells the client what to change; for bad input also
 * the field concerned ({@code invalid-params}, as in RFC 7807's example).
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** RFC 9110's 422: the request is well-formed but cannot be processed as it is (JAX-RS has no constant). */
    public static final StatusType UNPROCESSABLE_CONTENT = new StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private final StatusType status;
    private final String field;

    public ApiProblem(StatusType status, String detail) {
        this(status, detail, null);
    }

    private ApiProblem(StatusType status, String detail, String field) {
        super(detail);
        this.status = status;
        this.field = field;
    }

    /** A parameter the client must correct (400). */
    public static ApiProblem badParameter(String name, String detail) {
        return new ApiProblem(Status.BAD_REQUEST, "Parameter '" + name + "': " + detail);
    }

    /** A field of the request body the client must correct (400), named as in the body ({@code scope3.4.tonnes}). */
    public static ApiProblem invalidField(String field, String reason) {
        return new ApiProblem(Status.BAD_REQUEST, "Field '" + field + "': " + reason, field);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(Status.NOT_FOUND, detail);
    }

    public StatusType status() {
        return status;
    }

    /** The body field the problem concerns; null when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    /** The detail without the field's name in front, for {@code invalid-params}. */
    String reason() {
        String detail = getMessage();
        String prefix = "Field '" + field + "': ";
        return field != null && detail.startsWith(prefix) ? detail.substring(prefix.length()) : detail;
    }
}
