package tw.netzero.portal.web.secretariat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.publicdata.AllianceFigures;
import tw.netzero.portal.domain.model.alliance.AllianceSeries;
import tw.netzero.portal.domain.model.alliance.ApprovedTargetCounts;
import tw.netzero.portal.domain.model.alliance.MemberCoverage;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.pledge.BaseYearInventory;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.Target;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The index chart on a hand-made alliance: A (base 2020, 100,000 t) and B (base 2020, 50,000 t)
 * file 2021 and 2023; in 2022 only B has filed (33.33 % of the base-year emissions): provisional.
 */
class DashboardChartsTest {

    private static final Year Y2023 = Year.of(2023);

    @Test
    void drawsTheIndexOfConfirmedYearsAsALineAndAProvisionalYearAsASeparatePoint() {
        List<PledgeInForce> pledges = List.of(pledge(1, "100000"), pledge(2, "50000"));
        List<MemberYearTotal> filings = List.of(filed(1, 2021, "95000"), filed(2, 2021, "49000"),
                filed(2, 2022, "47040"), filed(1, 2023, "90000"), filed(2, 2023, "46000"));
        AllianceSeries series = AllianceSeries.of(filings, pledges, 2, AllianceSeries.DEFAULT_COVERAGE_THRESHOLD, Y2023);
        AllianceFigures figures = new AllianceFigures(Y2023, Percentage.ZERO, new MemberCoverage(Y2023, 2, 2, 2, 0),
                List.of(), List.of(), series.threshold(), series.years(), ApprovedTargetCounts.of(pledges));

        JsonObject chart = Json.createReader(new StringReader(DashboardCharts.index(figures, key -> key))).readObject();

        JsonObject data = chart.getJsonObject("data");
        assertEquals(List.of("2021", "2022", "2023"), data.getJsonArray("labels").getValuesAs(
                JsonString.class).stream().map(JsonString::getString).toList());
        List<JsonObject> datasets = data.getJsonArray("datasets").getValuesAs(JsonObject.class);
        assertEquals("dashboard.chart.index", datasets.get(0).getString("label"));
        // 2022 over B alone: 49,000 -> 47,040, -4 %, index 96.0; 2023 over B: 47,040 -> 46,000, index 93.9.
        assertEquals("[100.0,null,93.9]", values(datasets.get(0)));
        assertEquals("dashboard.chart.indexProvisional", datasets.get(1).getString("label"));
        assertEquals("[null,96.0,null]", values(datasets.get(1)));
        assertEquals(false, datasets.get(1).getBoolean("showLine"));
    }

    private static String values(JsonObject dataset) {
        JsonArray values = dataset.getJsonArray("data");
        return values.toString();
    }

    private static PledgeInForce pledge(long company, String baseYearTonnes) {
        BaseYearInventory inventory = new BaseYearInventory(Year.of(2020), Emissions.of(baseYearTonnes), Emissions.ZERO,
                Emissions.ZERO, Scope2Method.MARKET_BASED, Emissions.ZERO, Set.of(), Percentage.of("100"),
                Percentage.of("0"));
        return new PledgeInForce(company, IndustryGroup.STEEL,
                new PledgeTerms(inventory, Target.absolute(Year.of(2030), Percentage.of("42")), null, null),
                LocalDate.of(2021, 3, 1));
    }

    private static MemberYearTotal filed(long company, int year, String tonnes) {
        return new MemberYearTotal(company, IndustryGroup.STEEL, Year.of(year),
                new FilingTotals(Emissions.of(tonnes), Emissions.of(tonnes), Set.of()));
    }
}
