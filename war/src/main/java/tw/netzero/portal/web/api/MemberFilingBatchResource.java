package tw.netzero.portal.web.api;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.netzero.portal.application.filing.FilingIngest.Answer;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.idempotency.IdempotencyKey;
import tw.netzero.portal.domain.model.idempotency.IdempotentRequest;

/**
 * {@code POST /api/member/companies/{ubn}/filings}: several years of one company's filings in one
 * request (issue 18). Each filing is submitted exactly as the single PUT submits it, in a
 * transaction of its own: validated, audited and answered on its own, so one refused filing
 * leaves the others submitted. The answer is 207 Multi-Status with one result per filing, in the
 * order sent. With an {@code Idempotency-Key}, each filing's answer is kept on its own: a retry of
 * the batch gets the kept ones back and submits those that were refused or not reached.
 */
@jakarta.ws.rs.Path("member/companies/{ubn}/filings")
@RequestScoped
@Tag(name = "Member filings", description = "A member company's own progress filings (signed-in members only)")
public class MemberFilingBatchResource {

    /** Enough for every year a member may file for (2015 to last year) with room to spare. */
    static final int MAX_FILINGS = 20;
    private static final Set<String> FIELDS = Set.of("year", "ifMatch", "filing");
    private static final int MULTI_STATUS = 207;

    @Inject
    private FilingApiCalls calls;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit several years' filings of the company at once",
            description = "Sends up to " + MAX_FILINGS + " filings of the company, one per reporting year, each as the"
                    + " single PUT of /api/member/companies/{ubn}/filings/{year} takes it (\"filing\": the same JSON"
                    + " object; \"ifMatch\": optional, the filing's version last seen, as If-Match there). Each filing"
                    + " is validated, submitted, audited and answered on its own, in its own transaction: a refused"
                    + " one leaves the others submitted. The answer is 207 Multi-Status: \"results\" holds, in the"
                    + " order sent, each filing's year, its HTTP status and either \"filing\" (as the PUT answers,"
                    + " status 200) or \"problem\" (problem JSON, RFC 7807, with the status the PUT would give: 400,"
                    + " 403, 409, 422); \"submitted\" and \"refused\" count them. With an Idempotency-Key, each"
                    + " filing's answer is kept: the same batch sent again gets the kept answers back and submits"
                    + " only the filings not yet submitted; another batch under the same key is refused (422 per"
                    + " filing already answered).")
    @APIResponse(responseCode = "207", description = "One result per filing, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "The batch itself is malformed: not an object with a"
            + " \"filings\" array of 1 to " + MAX_FILINGS + " objects, or a year twice; nothing was submitted"
            + " (problem JSON)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not a member user, or sent by a browser from another site"
            + " (problem JSON)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "The body is not application/json (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    public Response submitAll(
            @Parameter(description = "The company's Unified Business Number", example = "13579113", required = true)
            @PathParam("ubn") String ubn,
            @Context SecurityContext caller,
            @Context UriInfo requested,
            @Parameter(hidden = true) @HeaderParam("Origin") String origin,
            @Parameter(description = MemberFilingResource.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKey.HEADER)
            String idempotencyKey,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    example = "{\"filings\": [{\"year\": 2024, \"filing\": {\"scope1\": 182345.125, \"...\": \"as the"
                            + " PUT\"}}, {\"year\": 2023, \"ifMatch\": \"4\", \"filing\": {\"scope1\": 190120}}]}"))
            String body) {
        Ubn company = calls.requireMember(caller, requested, origin, ubn);
        IdempotentRequest request = calls.idempotent(idempotencyKey, "POST", requested, body);
        JsonArray filings = filingsOf(body);
        JsonArrayBuilder results = JsonFields.array();
        int submitted = 0;
        for (int index = 0; index < filings.size(); index++) {
            JsonObject item = filings.getJsonObject(index);
            JsonObject result;
            try {
                Year year = FilingApiCalls.year(text(item.get("year")), "filings[" + index + "].year");
                Long expectedVersion = FilingApiCalls.expectedVersion(text(item.get("ifMatch")),
                        "filings[" + index + "].ifMatch");
                JsonValue figures = item.get("filing");
                if (!(figures instanceof JsonObject filing)) {
                    throw ApiProblem.badParameter("filings[" + index + "].filing", "the filing's figures as one JSON"
                            + " object, as the PUT of one year takes them.");
                }
                Answer answer = calls.submit(company, year, FilingJson.draftOf(filing), expectedVersion,
                        request == null ? null : request.item(index + 1));
                result = JsonFields.object().add("year", year.getValue()).add("status", answer.status())
                        .add("filing", JsonFields.reader(new StringReader(answer.body())).readObject()).build();
                submitted++;
            } catch (ApiProblem refused) {
                JsonObject problem = ProblemResponses.body(refused, requested.getRequestUri().getRawPath());
                var refusal = JsonFields.object();
                if (item.get("year") != null) {
                    refusal.add("year", item.get("year"));
                }
                result = refusal.add("status", refused.status().getStatusCode()).add("problem", problem).build();
            } catch (EJBException failed) {
                // One filing's unexpected failure (logged by the container) must not hide the others' answers.
                ApiProblem unanswered = new ApiProblem(Status.INTERNAL_SERVER_ERROR,
                        "This filing could not be submitted; please send it again.");
                result = JsonFields.object().add("status", 500)
                        .add("problem", ProblemResponses.body(unanswered, requested.getRequestUri().getRawPath()))
                        .build();
            }
            results.add(result);
        }
        JsonObject answer = JsonFields.object().add("ubn", company.value()).add("submitted", submitted)
                .add("refused", filings.size() - submitted).add("results", results).build();
        return Response.status(MULTI_STATUS).entity(answer.toString()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The batch's filings: 1 to {@link #MAX_FILINGS} objects of known fields, no year twice. */
    private static JsonArray filingsOf(String body) {
        JsonObject json;
        try (JsonReader reader = JsonFields.reader(new StringReader(body == null ? "" : body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new ApiProblem(Status.BAD_REQUEST, "The body must be one JSON object with a \"filings\" array.");
        }
        if (!(json.get("filings") instanceof JsonArray filings) || filings.isEmpty()
                || filings.size() > MAX_FILINGS || json.size() != 1) {
            throw ApiProblem.invalidField("filings", "an array of 1 to " + MAX_FILINGS
                    + " filings, the only field of the body.");
        }
        Set<String> years = new HashSet<>();
        for (int index = 0; index < filings.size(); index++) {
            if (!(filings.get(index) instanceof JsonObject item) || !FIELDS.containsAll(item.keySet())) {
                throw ApiProblem.invalidField("filings[" + index + "]", "an object with year, filing and"
                        + " optionally ifMatch.");
            }
            if (!years.add(text(item.get("year")))) {
                throw ApiProblem.invalidField("filings[" + index + "].year", "each year at most once in a batch.");
            }
        }
        return filings;
    }

    /** A year or version sent as a JSON number or string, as text; null when absent. */
    private static String text(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return value instanceof JsonString string ? string.getString() : null;
    }
}
