package tw.netzero.portal.web.api;

import static tw.netzero.portal.web.api.JsonFields.percent;
import static tw.netzero.portal.web.api.JsonFields.tonnes;
import static tw.netzero.portal.web.api.JsonFields.year;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.netzero.portal.application.AllianceDashboard;
import tw.netzero.portal.application.AllianceFigures;
import tw.netzero.portal.application.PublicProfiles;

/** {@code GET /api/alliance/totals}: the alliance's aggregate figures by year. */
@Path("alliance")
@RequestScoped
@Tag(name = "Alliance", description = "Aggregate figures of the whole alliance")
public class AllianceResource {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Inject
    private AllianceDashboard dashboard;

    @Inject
    private PublicProfiles profiles;

    @GET
    @Path("totals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Alliance totals by year",
            description = "Per reporting year up to last year: active members with an accepted filing, their summed"
                    + " emissions (scope 1 + market-based scope 2 + reported scope 3, tCO2e), the summed pathways"
                    + " of the pledges in force, how many were on or off track, and the city's goals applied to the"
                    + " alliance (-30 % by 2030 and net zero by 2050 from the summed base-year totals)."
                    + " ETag and Last-Modified as for members.")
    @APIResponse(responseCode = "200", description = "The totals, oldest year first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
    @APIResponse(responseCode = "400", description = "A year that is not four digits, or from after to (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    public Response totals(
            @Parameter(description = "First year to include (four digits)", example = "2020") @QueryParam("from") String from,
            @Parameter(description = "Last year to include (four digits)", example = "2024") @QueryParam("to") String to,
            @Context Request request) {
        Year first = yearParameter("from", from, Year.of(Year.MIN_VALUE));
        Year last = yearParameter("to", to, Year.of(Year.MAX_VALUE));
        if (first.isAfter(last)) {
            throw ApiProblem.badParameter("from", "must not be after 'to'.");
        }
        List<AllianceFigures.YearFigures> years = dashboard.publicTotalsByYear().stream()
                .filter(figures -> !figures.year().isBefore(first) && !figures.year().isAfter(last))
                .toList();
        JsonArrayBuilder array = JsonFields.array();
        years.forEach(figures -> array.add(yearJson(figures)));
        return CachedJson.of(request, JsonFields.object().add("years", array).build(), profiles.lastChange());
    }

    private static Year yearParameter(String name, String value, Year absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (!YEAR.matcher(value).matches()) {
            throw ApiProblem.badParameter(name, "a year must be four digits, like 2024.");
        }
        return Year.of(Integer.parseInt(value));
    }

    private static JsonObjectBuilder yearJson(AllianceFigures.YearFigures figures) {
        AllianceFigures.Totals totals = figures.totals();
        JsonObjectBuilder json = JsonFields.object();
        year(json, "year", figures.year());
        json.add("membersReporting", totals.membersReporting());
        tonnes(json, "actualTonnes", totals.actual());
        tonnes(json, "pledgedTonnes", totals.pledged());
        tonnes(json, "cityGoalsLineTonnes", figures.cityReference());
        json.add("onTrack", totals.onTrack()).add("offTrack", totals.offTrack()).add("notAssessed", totals.notAssessed());
        return percent(json, "onTrackPercent", totals.onTrackShare());
    }
}
