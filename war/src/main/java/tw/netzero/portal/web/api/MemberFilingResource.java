package tw.netzero.portal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Year;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.netzero.portal.application.filing.FilingIngest;
import tw.netzero.portal.application.filing.FilingIngest.Answer;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.idempotency.IdempotencyKey;
import tw.netzero.portal.domain.model.idempotency.IdempotentRequest;

/**
 * {@code PUT /api/member/companies/{ubn}/filings/{year}}: a member company's filing of a year,
 * sent whole by its GHG software (or the benchmark) and submitted for review in one request,
 * through {@link tw.netzero.portal.application.filing.FilingService#submitFiling} (the rules,
 * messages, audit entries, version checks and company check of the pages). The caller is the signed-in portal user of the session
 * (form sign-in); the body must be {@code application/json}, which an HTML form cannot send, and
 * a browser's {@code Origin}, when sent, must be the portal's own ({@link OwnOrigin}). With an
 * {@code Idempotency-Key}, a retry gets the first answer back ({@link FilingIngest}, decision 0025).
 */
@jakarta.ws.rs.Path("member/companies/{ubn}/filings/{year}")
@RequestScoped
@Tag(name = "Member filings", description = "A member company's own progress filings (signed-in members only)")
public class MemberFilingResource {

    /** The Idempotency-Key header as the OpenAPI document describes it (decision 0025). */
    static final String IDEMPOTENCY_KEY = "Optional: a key of 1 to 255 visible ASCII characters (a UUID, say) the"
            + " client chooses for this request. Sent again with the same request by the same user within"
            + " portal.api.idempotency-hours (24 h), the first successful answer comes back and nothing is stored"
            + " twice; sent with another request (another body or path), the request is refused with 422."
            + " A refused request keeps nothing: its retry is judged again.";

    @Inject
    private FilingApiCalls calls;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the company's filing of a year",
            description = "The company's latest filing of the reporting year in any state (draft, submitted, returned,"
                    + " accepted), with the fields the PUT takes as filed so far, its id, revision, version, status"
                    + " and total (null while incomplete), and the year's intensity: scope 1 + 2 per million NTD of"
                    + " net revenue and per unit of production output, scope 2 both ways (ESRS E1-6; null while the"
                    + " filing is incomplete, each figure null without its revenue or output). Only users of the"
                    + " company itself, signed in to the portal.")
    @APIResponse(responseCode = "200", description = "The filing", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Not a UBN or not a year (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not a user of this company, or sent by a browser from another"
            + " site (problem JSON)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "The company has no filing for the year (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    public Response read(
            @Parameter(description = "The company's Unified Business Number", example = "13579113", required = true)
            @PathParam("ubn") String ubn,
            @Parameter(description = "The reporting year (four digits)", example = "2025", required = true)
            @PathParam("year") String year,
            @Context SecurityContext caller,
            @Context UriInfo requested,
            @Parameter(hidden = true) @HeaderParam("Origin") String origin) {
        Ubn company = calls.requireMember(caller, requested, origin, ubn);
        Year reportingYear = FilingApiCalls.year(year, "year");
        // The member's own, possibly unpublished figures: never kept by a shared cache.
        return Response.ok(calls.filed(company, reportingYear)).header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the company's filing for a year",
            description = "Sends the whole filing of a reporting year, as the filing form takes it, and submits it"
                    + " for the secretariat's review: the company's filing for the year is started if it has none,"
                    + " or its draft (or a filing returned for revision) is replaced by the figures sent. Only"
                    + " users of the company itself may do this, signed in to the portal (the session cookie of"
                    + " the form sign-in). The body must be application/json. Amounts are tCO2e (energy MWh,"
                    + " renewable share per cent) as JSON numbers; scope3 is keyed by GHG Protocol category"
                    + " number (1-15), verification by scope (SCOPE_1, SCOPE_2, SCOPE_3). Submitting needs every"
                    + " figure and all 15 categories. Optional activity data of the year, on which intensity targets"
                    + " are judged: productionOutput (above zero) with productionUnit (required with it, at most 64"
                    + " characters, the unit a physical-intensity target is stated per, e.g. \"t of steel\") and"
                    + " netRevenueMillionNtd (net revenue in million NTD, above zero); without them an intensity"
                    + " target is not comparable for the year. An accepted filing is corrected on the portal's pages."
                    + " If-Match with the filing's version refuses the submission when the filing changed since.")
    @APIResponse(responseCode = "200", description = "Submitted: the filing's id, revision, version, status and total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Bad input: the field is named in detail and invalid-params"
            + " (problem JSON, RFC 7807); nothing was changed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not a user of this company, or sent by a browser from another"
            + " site (an Origin header that is not the portal's) (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The filing is no longer editable (submitted, accepted) or"
            + " changed since the If-Match version (problem JSON)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "The body is not application/json (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was first sent with another request"
            + " (problem JSON)", content = @Content(mediaType = "application/problem+json"))
    public Response submit(
            @Parameter(description = "The company's Unified Business Number", example = "13579113", required = true)
            @PathParam("ubn") String ubn,
            @Parameter(description = "The reporting year (four digits, not in the future)", example = "2025",
                    required = true)
            @PathParam("year") String year,
            @Parameter(description = "The filing's version last seen (optional)") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Context SecurityContext caller,
            @Context UriInfo requested,
            @Parameter(hidden = true) @HeaderParam("Origin") String origin,
            @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    example = "{\"scope1\": 182345.125, \"scope2LocationBased\": 45210.5, \"scope2MarketBased\":"
                            + " 40110.25, \"energyMwh\": 390120, \"renewableSharePercent\": 12.5,"
                            + " \"productionOutput\": 1250000, \"productionUnit\": \"t of steel\","
                            + " \"netRevenueMillionNtd\": 38250.5,"
                            + " \"reductionActions\": \"Heat recovery.\", \"scope3\": {\"1\": {\"status\":"
                            + " \"REPORTED\", \"tonnes\": 1000}, \"5\": {\"status\": \"NOT_RELEVANT\", \"reason\":"
                            + " \"Screened: not material.\"}}, \"verification\": {\"SCOPE_1\": {\"level\":"
                            + " \"REASONABLE\", \"verifier\": \"SGS Taiwan Ltd.\", \"standard\": \"ISO 14064-3:2019\"}}}"))
            String body) {
        Ubn company = calls.requireMember(caller, requested, origin, ubn);
        Year reportingYear = FilingApiCalls.year(year, "year");
        Long expectedVersion = FilingApiCalls.expectedVersion(ifMatch, HttpHeaders.IF_MATCH);
        IdempotentRequest request = calls.idempotent(idempotencyKey, "PUT", requested, body);
        FilingDraft draft = FilingJson.draftOf(body);
        Answer answer = calls.submit(company, reportingYear, draft, expectedVersion, request);
        return Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
