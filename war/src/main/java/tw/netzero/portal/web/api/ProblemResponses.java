package tw.netzero.portal.web.api;

import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.StatusType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.netzero.portal.application.StorageFull;
import tw.netzero.portal.web.support.DatabaseUnavailable;

/**
 * Every failure of the API as an RFC 7807 problem ({@code application/problem+json}: type, title,
 * status, detail, instance; {@code invalid-params} naming a refused body field): refused parameters
 * and fields (400), not signed in (401), not allowed (403), unknown members and paths (404), wrong
 * methods (405) or content types (415), conflicts with the stored state (409), the database briefly
 * out of reach (503) or out of space (507 Insufficient Storage, RFC 4918 11.5; both with Retry-After)
 * and anything unexpected (500, logged, no detail given away).
 */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());
    /** A full database waits for an operator: minutes, not the seconds of a restart (decision 0050). */
    static final int STORAGE_FULL_RETRY_AFTER_SECONDS = 300;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = failure instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : failure;
        if (cause instanceof ApiProblem problem) {
            return problem(problem.status(), problem.getMessage(), problem.field(), problem.reason());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            StatusType status = web.getResponse().getStatusInfo();
            return problem(status, detailOf(status.getStatusCode()), null, null);
        }
        if (DatabaseUnavailable.causedIt(failure)) {
            // A database restart (issue 15): the caller may send the same request again shortly.
            LOG.warning(() -> "Database out of reach, API answered 503: " + (uri == null ? "" : uri.getRequestUri()));
            return Response.fromResponse(problem(Response.Status.SERVICE_UNAVAILABLE,
                    "The portal's database is briefly out of reach; nothing was changed. Please send the request again shortly.",
                    null, null)).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        if (StorageFull.causedIt(failure)) {
            LOG.warning(() -> "Database out of space, API answered 507: " + (uri == null ? "" : uri.getRequestUri()));
            return Response.fromResponse(problem(new InsufficientStorage(),
                    "The portal's database is out of space; nothing was changed. Please send the request again later.",
                    null, null)).header("Retry-After", STORAGE_FULL_RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "API request failed: " + (uri == null ? "" : uri.getRequestUri()), failure);
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "The request could not be answered; please try again later.",
                null, null);
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not offered here: the open data are read with GET, member filings sent with PUT"
                    + " (several years at once with POST).";
            case 406 -> "This resource answers in JSON only.";
            case 415 -> "Send the body as application/json.";
            default -> "The request was refused.";
        };
    }

    private Response problem(StatusType status, String detail, String field, String reason) {
        JsonObject body = body(status, detail, field, reason, uri == null ? null : uri.getRequestUri().getRawPath());
        return Response.status(status.getStatusCode()).type(PROBLEM_JSON).entity(body.toString()).build();
    }

    /** The problem as JSON: also one filing's answer within a batch's answer. */
    static JsonObject body(ApiProblem problem, String instance) {
        return body(problem.status(), problem.getMessage(), problem.field(), problem.reason(), instance);
    }

    private static JsonObject body(StatusType status, String detail, String field, String reason, String instance) {
        JsonObjectBuilder body = JsonFields.object()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (instance != null) {
            body.add("instance", instance);
        }
        if (field != null) {
            body.add("invalid-params", JsonFields.array()
                    .add(JsonFields.object().add("name", field).add("reason", reason)));
        }
        return body.build();
    }

    /** 507, which JAX-RS names no constant for. */
    private static final class InsufficientStorage implements StatusType {

        @Override
        public int getStatusCode() {
            return 507;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.SERVER_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Insufficient Storage";
        }
    }
}
