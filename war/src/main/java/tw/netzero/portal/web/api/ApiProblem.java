package tw.netzero.portal.web.api;

import jakarta.ws.rs.core.Response.Status;

/**
 * A request the API refuses, answered by {@link ProblemResponses} as an RFC 7807 problem: the
 * status, a short title and a detail that tells the client what to change; for bad input also
 * the field concerned ({@code invalid-params}, as in RFC 7807's example).
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Status status;
    private final String field;

    public ApiProblem(Status status, String detail) {
        this(status, detail, null);
    }

    private ApiProblem(Status status, String detail, String field) {
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

    public Status status() {
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
