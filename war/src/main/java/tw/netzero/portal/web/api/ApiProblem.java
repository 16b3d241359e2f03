package tw.netzero.portal.web.api;

import jakarta.ws.rs.core.Response.Status;

/**
 * A request the API refuses, answered by {@link ProblemResponses} as an RFC 7807 problem: the
 * status, a short title and a detail that tells the client what to change.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Status status;

    public ApiProblem(Status status, String detail) {
        super(detail);
        this.status = status;
    }

    /** A parameter the client must correct (400). */
    public static ApiProblem badParameter(String name, String detail) {
        return new ApiProblem(Status.BAD_REQUEST, "Parameter '" + name + "': " + detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(Status.NOT_FOUND, detail);
    }

    public Status status() {
        return status;
    }
}
