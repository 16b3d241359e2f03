package tw.netzero.portal.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.Messages;

/**
 * {@code PUT /api/member/companies/{ubn}/filings/{year}}: a member company's filing of a year,
 * sent whole by its GHG software (or the benchmark) and submitted for review in one request,
 * through {@link FilingService#submitFiling} (the rules, messages, audit entries, version checks
 * and company check of the pages). The caller is the signed-in portal user of the session
 * (form sign-in); the body must be {@code application/json}, which an HTML form cannot send, and
 * a browser's {@code Origin}, when sent, must be the portal's own ({@link OwnOrigin}).
 */
@jakarta.ws.rs.Path("member/companies/{ubn}/filings/{year}")
@RequestScoped
@Tag(name = "Member filings", description = "A member company's own progress filings (signed-in members only)")
public class MemberFilingResource {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern VERSION = Pattern.compile("\"?(\\d{1,18})\"?");
    /** Refusals that concern the stored filing rather than the figures sent. */
    private static final Set<String> CONFLICTS = Set.of("filing.notEditable", "filing.duplicateYear",
            ConcurrentChange.MESSAGE_KEY, "filing.workflow.illegalMove");

    @Inject
    private FilingService filings;

    @Inject
    private Language language;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    private Optional<String> baseUrl;

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
        if (!OwnOrigin.allows(origin, requested.getRequestUri(), baseUrl)) {
            throw new ApiProblem(Status.FORBIDDEN, "Requests from other sites are not accepted.");
        }
        if (caller.getUserPrincipal() == null) {
            throw new ApiProblem(Status.UNAUTHORIZED, "Sign in to the portal first; send its session cookie.");
        }
        if (!caller.isUserInRole(Roles.MEMBER)) {
            throw new ApiProblem(Status.FORBIDDEN, "Only users of a member company file for it.");
        }
        if (!Ubn.isValid(ubn)) {
            throw ApiProblem.badParameter("ubn", "not a Unified Business Number (8 digits with a valid check digit).");
        }
        if (!YEAR.matcher(year).matches()) {
            throw ApiProblem.badParameter("year", "a year must be four digits, like 2025.");
        }
        Long expectedVersion = expectedVersion(ifMatch);
        FilingDraft draft = FilingJson.draftOf(body);
        ProgressFiling submitted = call(() -> filings.submitFiling(Ubn.of(ubn), Year.of(Integer.parseInt(year)),
                draft, expectedVersion));
        return Response.ok(FilingJson.submitted(ubn, submitted).toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var matcher = VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw ApiProblem.badParameter("If-Match", "the filing's version as a number, like \"3\".");
        }
        return Long.valueOf(matcher.group(1));
    }

    /** The service's refusals as problems, in the caller's language where the portal has the text. */
    private ProgressFiling call(Supplier<ProgressFiling> action) {
        try {
            return action.get();
        } catch (FieldRuleViolation atField) {
            throw ApiProblem.invalidField(atField.field(), text(atField));
        } catch (DomainRuleViolation refused) {
            if (CONFLICTS.contains(refused.messageKey())) {
                throw new ApiProblem(Status.CONFLICT, text(refused));
            }
            String field = fieldOf(refused);
            throw field == null ? new ApiProblem(Status.BAD_REQUEST, text(refused))
                    : ApiProblem.invalidField(field, text(refused));
        } catch (ConstraintViolationException invalid) {
            ConstraintViolation<?> first = invalid.getConstraintViolations().iterator().next();
            throw ApiProblem.invalidField(fieldOf(first.getPropertyPath()), first.getMessage());
        } catch (AccessDenied | EJBAccessException denied) {
            throw new ApiProblem(Status.FORBIDDEN, "Only users of this company may file for it.");
        }
    }

    private String text(DomainRuleViolation refused) {
        return Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray());
    }

    /** The body field a rule of the figures concerns, named as in the JSON. */
    private static String fieldOf(DomainRuleViolation refused) {
        return switch (refused.messageKey()) {
            case "filing.scope3.emissionsRequired" -> "scope3." + refused.arguments().get(0) + ".tonnes";
            case "filing.energy.negative" -> "energyMwh";
            default -> null;
        };
    }

    /**
     * A violated constraint's place as the JSON names it: {@code scope1}, {@code scope3.4.tonnes},
     * {@code verification.SCOPE_1.verifier}; the path parameters by their names.
     */
    private static String fieldOf(Path path) {
        StringJoiner field = new StringJoiner(".");
        String lastKey = null;
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                parameter = index == 0 ? "ubn" : index == 1 ? "year" : null;
                continue;
            }
            if (node.isInIterable() && node.getKey() != null) {
                String key = node.getKey() instanceof Scope3Category category ? String.valueOf(category.number())
                        : node.getKey().toString();
                if (!key.equals(lastKey)) {
                    field.add(key);
                    lastKey = key;
                }
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.add(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : parameter != null ? parameter : "body";
    }
}
