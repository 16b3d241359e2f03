package tw.netzero.portal.web.secretariat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity;
import tw.netzero.portal.domain.model.intensity.MemberIntensity;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.web.support.DataTable;

/** The dashboard's intensity tables as the page shows them and the downloads write them (decision 0048). */
class IntensityTablesTest {

    private static final AllianceIntensity INTENSITY = AllianceIntensity.ofMembers(List.of(
            member(1, IndustryGroup.STEEL, "900000", "60000", null, null),
            member(2, IndustryGroup.STEEL, "1000", "10000", null, null),
            member(3, IndustryGroup.PETROCHEMICALS, "200000", "50000", "400000", "t of aromatics")));

    private static MemberIntensity member(long id, IndustryGroup group, String scope12, String revenue, String output,
                                          String unit) {
        return new MemberIntensity(id, "0000000" + id, "Member " + id, "會員 " + id, group,
                new YearIntensity(Year.of(2024), Emissions.of(scope12), Emissions.of(scope12), new BigDecimal(revenue),
                        output == null ? null : new BigDecimal(output), unit));
    }

    private static List<String> texts(ShownTable table, int row) {
        return table.rows().get(row).stream().map(ShownTable.Cell::text).toList();
    }

    @Test
    void perIndustryGroupRevenueWeightedInTheGroupsOrder() {
        DataTable table = IntensityTables.of(IntensityTables.Name.BY_GROUP, INTENSITY, DashboardTables.Texts.of(Locale.ENGLISH));
        ShownTable shown = ShownTable.of(table, Locale.ENGLISH);

        assertEquals("intensity-by-industry-group", table.name());
        assertEquals(List.of("2024", "Steel", "2", "70,000", "12.871", "12.871"), texts(shown, 0));
        assertEquals(List.of("2024", "Petrochemicals", "1", "50,000", "4.000", "4.000"), texts(shown, 1));
    }

    @Test
    void theAllianceByRevenueAndByOutputWithThreeDecimals() {
        DashboardTables.Texts english = DashboardTables.Texts.of(Locale.ENGLISH);
        ShownTable byRevenue = ShownTable.of(IntensityTables.of(IntensityTables.Name.BY_REVENUE, INTENSITY, english),
                Locale.ENGLISH);
        ShownTable byOutput = ShownTable.of(IntensityTables.of(IntensityTables.Name.BY_OUTPUT, INTENSITY, english),
                Locale.ENGLISH);

        assertEquals(List.of("2024", "3", "120,000", "9.175", "9.175"), texts(byRevenue, 0));
        assertEquals(List.of("2024", "t of aromatics", "1", "400,000", "0.500", "0.500"), texts(byOutput, 0));
        assertEquals("每百萬新臺幣 tCO2e，市場基礎", IntensityTables.of(IntensityTables.Name.BY_REVENUE, INTENSITY,
                DashboardTables.Texts.of(Locale.TRADITIONAL_CHINESE)).columns().get(3).header());
    }
}
