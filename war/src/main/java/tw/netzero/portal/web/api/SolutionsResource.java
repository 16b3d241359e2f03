package tw.netzero.portal.web.api;

import static tw.netzero.portal.web.api.JsonFields.date;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.netzero.portal.application.solutions.CallDetails;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.application.solutions.ChallengeDetails;
import tw.netzero.portal.application.solutions.ChallengeService;
import tw.netzero.portal.application.solutions.ListedChallenge;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;

/**
 * {@code GET /api/solutions/shortlist}: the published results of the calls for solutions with the winners'
 * pilots (issue 16, item 5; decision 0047); {@code GET /api/solutions/challenges}: the approved challenges of
 * the calls open now (decision 0047).
 */
@Path("solutions")
@RequestScoped
@Tag(name = "Call for Solutions", description = "Published shortlists and winners of the alliance's calls for solutions,"
        + " the winners' pilots, and the members' challenges open to proposals")
public class SolutionsResource {

    @Inject
    private CallService calls;

    @Inject
    private ChallengeService challenges;

    @GET
    @Path("shortlist")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Shortlisted and winning proposals",
            description = "Every proposal the secretariat shortlisted or chose as a winner, of the calls whose results"
                    + " are published, newest call first, winners first within a call: callId, callTitleEn, callTitleZh,"
                    + " proposalId, title, summary, provider (organisation), country (ISO 3166-1 alpha-2),"
                    + " expectedReductionTonnesPerYear (t CO2e per year, as the provider estimated it), outcome"
                    + " (WINNER or SHORTLISTED), challenge ({title, memberNameEn, memberNameZh}: the member's challenge"
                    + " the proposal addresses, null for a proposal to the call as a whole), pilot ({status (PLANNED,"
                    + " RUNNING, COMPLETED or STOPPED), measuredReductionTonnesPerYear (t CO2e per year as the member"
                    + " measured it, null until completed), measurementBasis, measuredOn (ISO-8601 date)}: a winner"
                    + " matched with the member that posted its challenge, null otherwise). Nothing of calls without"
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
            if (proposal.pilotStatus() == null) {
                json.addNull("pilot");
            } else {
                JsonObjectBuilder pilot = JsonFields.object();
                text(pilot, "status", proposal.pilotStatus().name());
                tonnes(pilot, "measuredReductionTonnesPerYear", proposal.measuredReductionPerYear());
                text(pilot, "measurementBasis", proposal.measurementBasis());
                date(pilot, "measuredOn", proposal.measuredOn());
                json.add("pilot", pilot);
            }
            array.add(json);
        }
        return Response.ok(JsonFields.object().add("proposals", array).build()).build();
    }

    @GET
    @Path("challenges")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Members' challenges open to proposals",
            description = "The challenges member companies posted under the calls open for proposals now, once the"
                    + " secretariat approved them (decision 0044), ordered by call and approval: callId, callTitleEn,"
                    + " callTitleZh, callClosesAt (the deadline, ISO-8601 instant), challengeId, title, memberNameEn,"
                    + " memberNameZh, emissionsSource, site, scope (SCOPE_1, SCOPE_2 or SCOPE_3), tonnesPerYear"
                    + " (t CO2e per year concerned), requiredOutcome (what a solution must achieve), shareableData (what"
                    + " data the member can share with providers). Nothing pending or declined, nothing of closed calls.")
    @APIResponse(responseCode = "200", description = "The approved challenges of the open calls",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response openChallenges() {
        Map<Long, CallDetails> open = calls.openCalls().stream()
                .collect(Collectors.toMap(CallDetails::id, Function.identity()));
        JsonArrayBuilder array = JsonFields.array();
        for (ListedChallenge listing : challenges.openChallenges()) {
            ChallengeDetails challenge = listing.challenge();
            CallDetails call = open.get(challenge.callId());
            if (call == null) {
                continue; // closed between the two reads
            }
            JsonObjectBuilder json = JsonFields.object().add("callId", call.id());
            text(json, "callTitleEn", call.titleEn());
            text(json, "callTitleZh", call.titleZh());
            date(json, "callClosesAt", call.closesAt());
            json.add("challengeId", challenge.id());
            text(json, "title", challenge.title());
            text(json, "memberNameEn", listing.companyNameEn());
            text(json, "memberNameZh", listing.companyNameZh());
            text(json, "emissionsSource", challenge.emissionsSource());
            text(json, "site", challenge.site());
            text(json, "scope", challenge.scope().name());
            tonnes(json, "tonnesPerYear", challenge.tonnesPerYear());
            text(json, "requiredOutcome", challenge.requiredOutcome());
            text(json, "shareableData", challenge.shareableData());
            array.add(json);
        }
        return Response.ok(JsonFields.object().add("challenges", array).build()).build();
    }
}
