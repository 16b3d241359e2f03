package tw.netzero.portal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.netzero.portal.web.publicdata.CachedJson;
import tw.netzero.portal.application.publicdata.PublicProfile;
import tw.netzero.portal.application.publicdata.PublicProfiles;
import tw.netzero.portal.domain.model.company.Ubn;

/** {@code GET /api/members/{ubn}}: one active member with its pledge in force and yearly figures. */
@Path("members/{ubn}")
@RequestScoped
@Tag(name = "Members", description = "Member companies of the alliance and their public figures")
public class MemberResource {

    @Inject
    private PublicProfiles profiles;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One member company",
            description = "An active member's public facts (names in English and Chinese, industry group, district,"
                    + " website, member since), its approved pledge in force with targets, the alliance's pre-check"
                    + " (consistent with SBTi criteria; not an SBTi validation) and the pathway, its accepted"
                    + " yearly figures (tCO2e, verification per scope, on/off track, and the intensity of scope 1 + 2"
                    + " per million NTD of net revenue and per unit of output, ESRS E1-6) and the base-year"
                    + " restatement ledger. Drafts and versions under review are never shown. Amounts are"
                    + " tonnes CO2e as JSON numbers, dates ISO-8601. Answers carry ETag and Last-Modified;"
                    + " If-None-Match or If-Modified-Since give 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
    @APIResponse(responseCode = "400", description = "Not a valid UBN (problem JSON, RFC 7807)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No active member with this UBN (problem JSON, RFC 7807)",
            content = @Content(mediaType = "application/problem+json"))
    public Response member(
            @Parameter(description = "Taiwan Unified Business Number: 8 digits with a valid check digit",
                    example = "13579113", required = true)
            @PathParam("ubn") String ubn,
            @Context Request request) {
        if (!Ubn.isValid(ubn)) {
            throw ApiProblem.badParameter("ubn", "not a Unified Business Number (8 digits with a valid check digit).");
        }
        PublicProfile profile = profiles.of(Ubn.of(ubn))
                .orElseThrow(() -> ApiProblem.notFound("No active member company has the UBN " + ubn + "."));
        return CachedJson.of(request, MemberJson.of(profile), profile.lastModified());
    }
}
