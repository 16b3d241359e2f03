package tw.netzero.portal.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.directory.ApprovedTargets;
import tw.netzero.portal.domain.model.directory.TargetRow;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.web.support.DataTable;

class TargetTablesTest {

    private static final ApprovedTargets TARGETS = new ApprovedTargets(List.of(
            new TargetRow("13579113", "Harbor Crest Steel", "港峰鋼鐵", IndustryGroup.STEEL, TargetHorizon.NEAR_TERM,
                    TargetBoundary.SCOPE_1_2_3, TargetType.ABSOLUTE, new BigDecimal("42.00"), Year.of(2020),
                    Year.of(2030), TargetClassification.ONE_POINT_FIVE_C, new BigDecimal("4.2"), Scope2Method.MARKET_BASED,
                    Set.of(Scope3Category.INVESTMENTS, Scope3Category.PURCHASED_GOODS_AND_SERVICES), Year.of(2050),
                    LocalDate.of(2024, 3, 15), true),
            new TargetRow("13579113", "Harbor Crest Steel", "港峰鋼鐵", IndustryGroup.STEEL, TargetHorizon.LONG_TERM,
                    TargetBoundary.SCOPE_1_2, TargetType.PHYSICAL_INTENSITY, new BigDecimal("90.00"), Year.of(2020),
                    Year.of(2045), TargetClassification.NOT_ALIGNED, null, Scope2Method.LOCATION_BASED, Set.of(),
                    null, LocalDate.of(2024, 3, 15), false)),
            Instant.parse("2025-05-31T17:00:00Z"));

    @Test
    void writesTheDashboardColumnsWithLabelsInEnglish() {
        DataTable table = TargetTables.of(TARGETS, "https://portal.example/public/members.xhtml", Locale.ENGLISH);

        assertEquals(List.of("UBN", "Company (English)", "Company (Chinese)", "Industry group", "Target kind",
                "Boundary", "Type", "Reduction (%)", "Base year", "Target year", "Classification (pre-check)",
                "Annual rate (% per year)", "Scope 2 method", "Scope 3 categories covered", "Net-zero year",
                "Date submitted", "SBTi criteria"), headers(table));
        assertEquals(Arrays.asList("13579113", "Harbor Crest Steel", "港峰鋼鐵", "Steel", "Near-term", "Scope 1+2+3",
                "Absolute (tCO2e)", new BigDecimal("42.00"), 2020, 2030, "1.5 °C-aligned", new BigDecimal("4.2"),
                "Market-based", "1, 15", 2050, "2024-03-15",
                "Consistent with SBTi criteria (not an SBTi validation)"), table.rows().get(0));
        List<Object> longTerm = table.rows().get(1);
        assertEquals(null, longTerm.get(11), "no rate when it cannot be judged");
        assertEquals(null, longTerm.get(13), "no scope 3 categories");
        assertEquals(null, longTerm.get(14), "no net-zero year");
        assertEquals("Not consistent with SBTi criteria (not an SBTi validation)", longTerm.get(16));
    }

    @Test
    void carriesTheLicenceAndTheAllianceDayOfTheData() {
        DataTable table = TargetTables.of(TARGETS, "https://portal.example/public/members.xhtml", Locale.ENGLISH);

        assertTrue(table.notes().get(0).contains("CC BY 4.0"), table.notes()::toString);
        assertTrue(table.notes().get(0).endsWith(DirectoryTables.LICENCE_URL));
        // 17:00 UTC on 31 May is 1 June in Kaohsiung.
        assertEquals("Data as of: 2025-06-01", table.notes().get(1));
    }

    @Test
    void writesHeadersAndLabelsInTraditionalChinese() {
        DataTable table = TargetTables.of(TARGETS, "https://portal.example/public/members.xhtml", Locale.TRADITIONAL_CHINESE);

        assertEquals("目標期程", headers(table).get(4));
        assertEquals("近期", table.rows().get(0).get(4));
        assertEquals("符合 SBTi 準則（非 SBTi 正式審核）", table.rows().get(0).get(16));
    }

    private static List<String> headers(DataTable table) {
        return table.columns().stream().map(DataTable.Column::header).toList();
    }
}
