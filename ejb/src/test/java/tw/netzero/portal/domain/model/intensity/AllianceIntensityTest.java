package tw.netzero.portal.domain.model.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity.GroupLine;
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

    /** A dashboard year shows its own lines and the earlier ones: read up to it, or all years and cut there, the same. */
    @Test
    void upToAYearIsWhatTheMembersYearsUpToItMake() {
        List<MemberIntensity> years = List.of(
                member(1, IndustryGroup.STEEL, year(Y2023, "800000", "800000", "50000", "10", "t")),
                member(1, IndustryGroup.STEEL, year(Y2024, "900000", "950000", "60000", "12", "t")),
                member(2, IndustryGroup.ELECTRONICS, year(Y2024, "20000", "30000", "100000", null, null)));

        AllianceIntensity upTo2023 = AllianceIntensity.ofMembers(years).upTo(Y2023);

        assertEquals(AllianceIntensity.ofMembers(years.subList(0, 1)), upTo2023);
        assertEquals(List.of(Y2023), upTo2023.byRevenue().stream().map(RevenueLine::year).toList());
        assertEquals(1, upTo2023.byOutput().size());
        assertEquals(1, upTo2023.byGroup().size());
        assertEquals(AllianceIntensity.ofMembers(years), AllianceIntensity.ofMembers(years).upTo(Y2024));
    }

    private static MemberIntensity member(long id, IndustryGroup group, YearIntensity year) {
        return new MemberIntensity(id, "0000000" + id, "Member " + id, "會員 " + id, group, year);
    }

    /**
     * Per industry group revenue-weighted (decision 0048): steel's big plant (900,000 t on 60,000 million NTD,
     * 15 t per million) and small one (1,000 t on 10,000 million NTD, 0.1 t) give 901,000 / 70,000 = 12.871 t per
     * million NTD, what the group emits per revenue; a median of the two (7.55) would not be.
     */
    @Test
    void perIndustryGroupTheGroupsEmissionsOverItsRevenue() {
        AllianceIntensity intensity = AllianceIntensity.ofMembers(List.of(
                member(1, IndustryGroup.STEEL, year(Y2024, "900000", "950000", "60000", null, null)),
                member(2, IndustryGroup.STEEL, year(Y2024, "1000", "1200", "10000", null, null)),
                member(3, IndustryGroup.ELECTRONICS, year(Y2024, "20000", "30000", "100000", null, null)),
                // Without revenue: not in its group's line, as not in the alliance's.
                member(4, IndustryGroup.ELECTRONICS, year(Y2024, "500000", "500000", null, "10", "t")),
                member(5, IndustryGroup.STEEL, year(Y2023, "800000", "800000", "50000", null, null))));

        assertEquals(List.of(
                new GroupLine(IndustryGroup.STEEL, new RevenueLine(Y2023, 1, new BigDecimal("50000"),
                        Emissions.of("800000"), Emissions.of("800000"))),
                new GroupLine(IndustryGroup.STEEL, new RevenueLine(Y2024, 2, new BigDecimal("70000"),
                        Emissions.of("901000"), Emissions.of("951200"))),
                new GroupLine(IndustryGroup.ELECTRONICS, new RevenueLine(Y2024, 1, new BigDecimal("100000"),
                        Emissions.of("20000"), Emissions.of("30000")))), intensity.byGroup());
        assertEquals(new BigDecimal("12.871"), intensity.byGroup().get(1).revenue().perMillionNtdMarketBased()
                .tonnesPerUnit());
        assertEquals(new BigDecimal("0.200"), intensity.byGroup().get(2).revenue().perMillionNtdMarketBased()
                .tonnesPerUnit());
        // The groups' lines add up to the alliance's line of the year.
        RevenueLine alliance2024 = intensity.byRevenue().get(1);
        assertEquals(3, alliance2024.members());
        assertEquals(Emissions.of("921000"), alliance2024.scope12MarketBased());
        assertEquals(1, intensity.byOutput().size());
    }
}
