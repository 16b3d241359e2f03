package tw.netzero.portal.domain.model.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity.OutputLine;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity.RevenueLine;
import tw.netzero.portal.domain.model.shared.Emissions;

class AllianceIntensityTest {

    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2024 = Year.of(2024);

    private static YearIntensity year(Year year, String market, String location, String revenue, String output,
                                      String unit) {
        return new YearIntensity(year, Emissions.of(market), Emissions.of(location),
                revenue == null ? null : new BigDecimal(revenue), output == null ? null : new BigDecimal(output), unit);
    }

    @Test
    void likeForLikeOnlyMembersWithRevenueCount() {
        AllianceIntensity intensity = AllianceIntensity.of(List.of(
                year(Y2024, "90000", "95000", "40000", null, null),
                year(Y2024, "10000", "12000", "10000", null, null),
                // Output only: its 500,000 t must not join the revenue line's emissions.
                year(Y2024, "500000", "510000", null, "100", "MWh")));

        RevenueLine line = intensity.byRevenue().get(0);
        assertEquals(new RevenueLine(Y2024, 2, new BigDecimal("50000"), Emissions.of("100000"), Emissions.of("107000")),
                line);
        assertEquals(new BigDecimal("2.000"), line.perMillionNtdMarketBased().tonnesPerUnit());
        assertEquals(new BigDecimal("2.140"), line.perMillionNtdLocationBased().tonnesPerUnit());
        assertEquals(1, intensity.byRevenue().size());
    }

    @Test
    void outputAddsUpOnlyWithinOneUnitSpelledAnyWay() {
        AllianceIntensity intensity = AllianceIntensity.of(List.of(
                year(Y2024, "2000", "2100", null, "1000", "t of steel"),
                year(Y2024, "3000", "3100", null, "1000", " T steel "),
                year(Y2024, "500", "600", null, "250", "MWh"),
                year(Y2023, "100", "100", null, "10", "MWh")));

        assertEquals(List.of(
                new OutputLine(Y2023, "MWh", 1, new BigDecimal("10"), Emissions.of("100"), Emissions.of("100")),
                new OutputLine(Y2024, "MWh", 1, new BigDecimal("250"), Emissions.of("500"), Emissions.of("600")),
                new OutputLine(Y2024, "T steel", 2, new BigDecimal("2000"), Emissions.of("5000"), Emissions.of("5200"))),
                intensity.byOutput());
        assertEquals(new BigDecimal("2.500"), intensity.byOutput().get(2).perUnitMarketBased().tonnesPerUnit());
        assertTrue(intensity.byRevenue().isEmpty());
    }

    @Test
    void yearsInOrderOldestFirst() {
        AllianceIntensity intensity = AllianceIntensity.of(List.of(
                year(Y2024, "10", "10", "1", null, null),
                year(Y2023, "20", "20", "1", null, null)));

        assertEquals(List.of(Y2023, Y2024), intensity.byRevenue().stream().map(RevenueLine::year).toList());
    }

    @Test
    void noMemberWithActivityNoLines() {
        AllianceIntensity intensity = AllianceIntensity.of(List.of(year(Y2024, "10", "10", null, null, null)));

        assertTrue(intensity.byRevenue().isEmpty());
        assertTrue(intensity.byOutput().isEmpty());
    }
}
