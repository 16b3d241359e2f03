package tw.netzero.portal.web.api;

import static tw.netzero.portal.web.api.JsonFields.text;
import static tw.netzero.portal.web.api.JsonFields.tonnes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;

/** {@code GET /api/solutions/shortlist}: the published results of the calls for solutions (issue 16, item 5). */
@Path("solutions")
@RequestScoped
@Tag(name = "Call for Solutions", description = "Published shortlists and winners of the alliance's calls for solutions")
public class SolutionsResource {

    @Inject
    private CallService calls;

    @GET
    @Path("shortlist")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Shortlisted and winning proposals",
            description = "Every proposal the secretariat shortlisted or chose as a winner, of the calls whose results"
                    + " are published, newest call first, winners first within a call: callId, callTitleEn, callTitleZh,"
                    + " proposalId, title, summary, provider (organisation), country (ISO 3166-1 alpha-2),"
                    + " expectedReductionTonnesPerYear (t CO2e per year, as the provider estimated it), outcome"
                    + " (WINNER or SHORTLISTED), challenge ({title, memberNameEn, memberNameZh}: the member's challenge"
                    + " the proposal addresses, null for a proposal to the call as a whole). Nothing of calls without"
                    + " published results.")
    @APIResponse(responseCode = "200", description = "The published proposals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response shortlist() {
        JsonArrayBuilder array = JsonFields.array();
        for (PublishedProposal proposal : calls.publishedProposals()) {
            JsonObjectBuilder json = JsonFields.object().add("callId", proposal.callId());
            text(json, "callTitleEn", proposal.callTitleEn());
            text(json, "callTitleZh", proposal.callTitleZh());
            json.add("proposalId", proposal.proposalId());
            text(json, "title", proposal.title());
            text(json, "summary", proposal.summary());
            text(json, "provider", proposal.organisation());
            text(json, "country", proposal.country());
            tonnes(json, "expectedReductionTonnesPerYear", proposal.expectedReductionPerYear());
            text(json, "outcome", proposal.outcome().name());
            if (proposal.challengeTitle() == null) {
                json.addNull("challenge");
            } else {
                JsonObjectBuilder challenge = JsonFields.object();
                text(challenge, "title", proposal.challengeTitle());
                text(challenge, "memberNameEn", proposal.challengeCompanyEn());
                text(challenge, "memberNameZh", proposal.challengeCompanyZh());
                json.add("challenge", challenge);
            }
            array.add(json);
        }
        return Response.ok(JsonFields.object().add("proposals", array).build()).build();
    }
}
