package tw.netzero.portal.web.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.PledgeProgress;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.filing.Scope3Entry;
import tw.netzero.portal.domain.model.filing.TargetProgressClassifier;
import tw.netzero.portal.domain.model.pledge.BaseYearInventory;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.web.support.Messages;

/**
 * The chart draws one pathway per target boundary with the emissions reported on that boundary
 * (issue 12, item 4): the brief's typical pledge, scope 1+2 85,000 t −42 % and scope 3
 * (categories 1 and 4) 60,000 t −25 % by 2030 from 2020, allows 74,290 t and 55,500 t in 2023.
 * The year filed 74,000 t on scope 1+2, 50,000 t in categories 1 and 4, and 900,000 t in category
 * 6, outside every boundary: no line shows a 1+2+3 total.
 */
class PathwayChartTest {

    private static final Messages ENGLISH = new Messages() {
        @Override
        public String text(String key, Object... arguments) {
            return Messages.text(Locale.ENGLISH, key, arguments);
        }
    };

    @Test
    void drawsEachBoundarysPathwayWithTheEmissionsReportedOnIt() {
        Set<Scope3Category> categories = Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION);
        PledgeTarget scope12 = PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, Year.of(2020),
                Emissions.of("85000"), Year.of(2030), Percentage.of("42"), Percentage.HUNDRED, Scope2Method.MARKET_BASED,
                Set.of());
        PledgeTarget scope3 = PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3, Year.of(2020),
                Emissions.of("60000"), Year.of(2030), Percentage.of("25"), Percentage.of("80"), null, categories);
        PledgeTerms terms = new PledgeTerms(new BaseYearInventory(Year.of(2020), Emissions.of("60000"),
                Emissions.of("25000"), Emissions.of("25000"), Scope2Method.MARKET_BASED, Emissions.of("60000"),
                categories, null, null), List.of(scope12, scope3), null);
        ReportingYearFigures year2023 = new ReportingYearFigures(Year.of(2023), Emissions.of("60000"),
                Emissions.of("20000"), Emissions.of("14000"), List.of(
                Scope3Entry.reported(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Emissions.of("40000")),
                Scope3Entry.reported(Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION, Emissions.of("10000")),
                Scope3Entry.reported(Scope3Category.BUSINESS_TRAVEL, Emissions.of("900000"))), null, null, null);
        OnTrackAssessment verdict = PledgeProgress.of(terms, year2023, new TargetProgressClassifier()).assessment();

        JsonObject chart = Json.createReader(new StringReader(PathwayChart.perTarget(
                TargetPathway.allOf(terms.targets()), Map.of(Year.of(2023), verdict), ENGLISH))).readObject()
                .getJsonObject("data");

        List<JsonObject> lines = chart.getJsonArray("datasets").getValuesAs(JsonObject.class);
        assertEquals(List.of("Scope 1+2: pathway", "Scope 1+2: reported", "Scope 3: pathway", "Scope 3: reported"),
                lines.stream().map(line -> line.getString("label")).toList());
        int index2023 = chart.getJsonArray("labels").getValuesAs(JsonValue.class).stream()
                .map(label -> label.toString().replace("\"", "")).toList().indexOf("2023");
        assertEquals(3, index2023, "years from the base year 2020");
        assertEquals(0, new BigDecimal("74290").compareTo(value(lines.get(0), index2023)));
        assertEquals(0, new BigDecimal("74000").compareTo(value(lines.get(1), index2023)));
        assertEquals(0, new BigDecimal("55500").compareTo(value(lines.get(2), index2023)));
        assertEquals(0, new BigDecimal("50000").compareTo(value(lines.get(3), index2023)));
        assertEquals(JsonValue.NULL, lines.get(1).getJsonArray("data").get(0), "no figure reported for 2020");
    }

    private static BigDecimal value(JsonObject line, int index) {
        return line.getJsonArray("data").getJsonNumber(index).bigDecimalValue();
    }
}
