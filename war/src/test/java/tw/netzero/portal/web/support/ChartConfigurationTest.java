package tw.netzero.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartConfigurationTest {

    private static final List<String> YEARS = List.of("2020", "2021", "2022");

    @Test
    void writesTheLinesWithAGapWhereAYearHasNoValue() {
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.LINE, YEARS);
        chart.add("Pathway", List.of(new BigDecimal("100.0"), new BigDecimal("90.5"), new BigDecimal("81.0")), "rgb(11, 93, 59)");
        chart.add("Reported", Arrays.asList(new BigDecimal("98"), null, null), "rgb(200, 80, 20)").pointsOnly().pointRadius(5);

        JsonObject json = parse(chart.toJson());

        assertEquals("line", json.getString("type"));
        assertEquals(YEARS, json.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject pathway = json.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals(new BigDecimal("90.5"), pathway.getJsonArray("data").getJsonNumber(1).bigDecimalValue());
        assertTrue(pathway.getBoolean("showLine"));
        JsonObject reported = json.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
        assertEquals(JsonValue.NULL, reported.getJsonArray("data").get(1));
        assertFalse(reported.getBoolean("showLine"));
        assertEquals(5, reported.getInt("pointRadius"));
        assertEquals(0, json.getJsonObject("options").getJsonObject("animation").getInt("duration"));
    }

    @Test
    void stacksPercentageBarsToAHundred() {
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.BAR, YEARS).stackedPercentages();
        chart.add("On track", List.of(new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("75")), "green");

        JsonObject y = parse(chart.toJson()).getJsonObject("options").getJsonObject("scales").getJsonObject("y");

        assertTrue(y.getBoolean("stacked"));
        assertEquals(100, y.getInt("max"));
    }

    @Test
    void aLabelCannotEndTheScriptItIsWrittenInto() {
        String label = "</script><script>alert(1)</script> \"quoted\"";
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.LINE, List.of("2020"));
        chart.add(label, List.of(BigDecimal.ONE), "red");

        String json = chart.toJson();

        assertFalse(json.contains("<"), json);
        assertEquals(label, parse(json).getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
    }

    @Test
    void refusesASeriesWithoutOneValuePerLabel() {
        ChartConfiguration chart = ChartConfiguration.of(ChartConfiguration.Type.LINE, YEARS);

        assertThrows(IllegalArgumentException.class, () -> chart.add("Short", List.of(BigDecimal.ONE), "red"));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
