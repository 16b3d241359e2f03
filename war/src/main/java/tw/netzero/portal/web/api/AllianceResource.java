package tw.netzero.portal.web.api;

import static tw.netzero.portal.web.api.JsonFields.number;
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
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.netzero.portal.web.publicdata.CachedJson;
import tw.netzero.portal.application.budget.CityBudgetService;
import tw.netzero.portal.application.publicdata.AllianceDashboard;
import tw.netzero.portal.domain.model.budget.CityBudgetUse;
import tw.netzero.portal.domain.model.budget.FiledScope12Trend;
import tw.netzero.portal.application.publicdata.AllianceFigures;
import tw.netzero.portal.application.publicdata.PublicProfiles;
import tw.netzero.portal.domain.model.alliance.AllianceSeries.AllianceYear;
import tw.netzero.portal.domain.model.alliance.AllianceSeries;

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
            description = "Per reporting year up to last year, like for like (definitions: docs/domain-rules.md,"
                    + " 'Alliance figures'): membersCounted of activeMembers with a figure (accepted filing measured"
                    + " with its pledge's base-year scope 2 method), their totalTonnes, baseYearCoveragePercent (share"
                    + " of the alliance's base-year emissions they hold) and provisional (below"
                    + " coverageThresholdPercent: the total says who filed, not how emissions moved); likeForLike:"
                    + " the change over the members with figures for this year and the previous one, chained into an"
                    + " index (100 in the first year); sameMembers: the counted members with a pledge, their"
                    + " emissions, summed pathways and the city's goals (-30 % by 2030, net zero by 2050) applied to"
                    + " their own base-year emissions; bridge: from the previous year's total as first reported,"
                    + " restatements, members joined, left and not filed, and the real change. Also the on-track"
                    + " verdicts: membersReporting (active members with an accepted filing), onTrack, offTrack,"
                    + " notAssessed, onTrackPercent. activeMembers are the members active now (no date of leaving"
                    + " is kept)."
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
        AllianceFigures alliance = dashboard.publicFigures();
        Map<Year, AllianceYear> likeForLike = alliance.alliance().stream()
                .collect(Collectors.toMap(AllianceYear::year, Function.identity()));
        JsonArrayBuilder array = JsonFields.array();
        alliance.reportedYears().stream()
                .filter(figures -> !figures.year().isBefore(first) && !figures.year().isAfter(last))
                .forEach(figures -> array.add(yearJson(figures, likeForLike.get(figures.year()))));
        JsonObjectBuilder json = percent(JsonFields.object(), "coverageThresholdPercent", alliance.coverageThreshold());
        return CachedJson.of(request, json.add("years", array).build(), profiles.lastChange());
    }

    @Inject
    private CityBudgetService cityBudget;

    @GET
    @Path("city-budget")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The city's carbon budget and the members' use of it",
            description = "Per budget period the secretariat entered (Kaohsiung's ordinance: two-year budgets, 2025-26"
                    + " 50.94 Mt CO2e): the city's budget and its source; the members' filed scope 1 + location-based"
                    + " scope 2 of the period's years (accepted filings), their share of the budget in per cent, and"
                    + " the scope 1+2 part of their pledged pathways; in all, per industry group and per year."
                    + " Decision 0037. Beside the periods, filedTrend: every year filed up to last year, the members"
                    + " that filed it and their scope 1 + location-based scope 2 as filed (decision 0058)."
                    + " ETag and Last-Modified as for members.")
    @APIResponse(responseCode = "200", description = "The periods, the latest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response cityBudget(@Context Request request) {
        JsonArrayBuilder periods = JsonFields.array();
        for (CityBudgetUse use : cityBudget.uses()) {
            JsonObjectBuilder period = JsonFields.object();
            year(period, "firstYear", use.firstYear());
            year(period, "lastYear", use.lastYear());
            tonnes(period, "cityBudgetTonnes", use.cityBudget());
            period.add("source", use.source());
            period.add("members", budgetLine(use.all()));
            JsonArrayBuilder groups = JsonFields.array();
            use.groups().forEach(line -> groups.add(budgetLine(line).add("industryGroup", line.group().name())));
            period.add("industryGroups", groups);
            JsonArrayBuilder years = JsonFields.array();
            use.years().forEach(line -> {
                JsonObjectBuilder json = JsonFields.object();
                year(json, "year", line.year());
                json.add("membersFiled", line.members());
                tonnes(json, "filedScope12Tonnes", line.filed());
                tonnes(json, "pledgedScope12Tonnes", line.pledged());
                years.add(json);
            });
            periods.add(period.add("years", years));
        }
        JsonArrayBuilder trend = JsonFields.array();
        for (FiledScope12Trend.Point point : cityBudget.filedTrend().years()) {
            JsonObjectBuilder json = JsonFields.object();
            year(json, "year", point.year());
            json.add("membersFiled", point.members());
            tonnes(json, "filedScope12Tonnes", point.filed());
            trend.add(json);
        }
        return CachedJson.of(request, JsonFields.object().add("periods", periods).add("filedTrend", trend).build(),
                profiles.lastChange());
    }

    private static JsonObjectBuilder budgetLine(CityBudgetUse.Line line) {
        JsonObjectBuilder json = JsonFields.object().add("membersFiled", line.members());
        tonnes(json, "filedScope12Tonnes", line.filed());
        number(json, "sharePercent", line.sharePercent());
        tonnes(json, "pledgedScope12Tonnes", line.pledged());
        return json;
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

    private static JsonObjectBuilder yearJson(AllianceFigures.YearFigures figures, AllianceYear alliance) {
        AllianceFigures.Totals totals = figures.totals();
        JsonObjectBuilder json = JsonFields.object();
        year(json, "year", figures.year());
        json.add("membersReporting", totals.membersReporting());
        // Summed emissions, pathways and city goals only like for like (below): sums over whoever had
        // filed read as changes of emissions (issue 22, decision 0031).
        json.add("onTrack", totals.onTrack()).add("offTrack", totals.offTrack()).add("notAssessed", totals.notAssessed());
        percent(json, "onTrackPercent", totals.onTrackShare());
        if (alliance != null) {
            likeForLike(json, alliance);
        }
        return json;
    }

    private static void likeForLike(JsonObjectBuilder json, AllianceYear alliance) {
        json.add("membersCounted", alliance.membersCounted()).add("membersNotComparable", alliance.membersNotComparable())
                .add("activeMembers", alliance.activeMembers());
        tonnes(json, "totalTonnes", alliance.total());
        percent(json, "baseYearCoveragePercent", alliance.baseYearCoverage());
        json.add("provisional", alliance.provisional());
        AllianceSeries.YearOnYear change = alliance.change();
        JsonObjectBuilder likeForLike = JsonFields.object();
        year(likeForLike, "previousYear", change.previousYear());
        likeForLike.add("members", change.cohort());
        tonnes(likeForLike, "previousTonnes", change.previous());
        tonnes(likeForLike, "currentTonnes", change.current());
        number(likeForLike, "changePercent", change.percent());
        number(likeForLike, "index", change.index());
        json.add("likeForLike", likeForLike);
        AllianceSeries.SameMembers same = alliance.sameMembers();
        JsonObjectBuilder sameMembers = JsonFields.object().add("members", same.members());
        tonnes(sameMembers, "actualTonnes", same.actual());
        tonnes(sameMembers, "pledgedTonnes", same.pledged());
        tonnes(sameMembers, "cityGoalsTonnes", same.cityGoals());
        json.add("sameMembers", sameMembers);
        AllianceSeries.Bridge bridge = alliance.bridge();
        if (bridge != null) {
            JsonObjectBuilder steps = JsonFields.object();
            year(steps, "previousYear", bridge.previousYear());
            number(steps, "previousAsFirstReportedTonnes", bridge.previousAsFirstReported());
            number(steps, "restatementsTonnes", bridge.restatements());
            steps.add("joinedMembers", bridge.joinedMembers());
            number(steps, "joinedTonnes", bridge.joined());
            steps.add("leftMembers", bridge.leftMembers());
            number(steps, "leftTonnes", bridge.left());
            steps.add("notFiledMembers", bridge.notFiledMembers());
            number(steps, "notFiledTonnes", bridge.notFiled());
            number(steps, "realChangeTonnes", bridge.realChange());
            number(steps, "totalTonnes", bridge.total());
            json.add("bridge", steps);
        }
    }
}
