package tw.netzero.portal.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.intensity.MemberIntensities;
import tw.netzero.portal.domain.model.intensity.MemberIntensity;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.TableFiles;

/**
 * The intensity open data (decision 0048): Linyuan Aromatics' 2024, 200,000 t market-based and 210,000 t
 * location-based on 50,000 million NTD and 400,000 t of aromatics, as IntensityInBrowserIT files it; Harbor
 * Crest Steel's 2023 with revenue only. Revenue and output as the database holds them (three decimals) are
 * written without the trailing zeros, as the API writes them.
 */
class MemberIntensityTablesTest {

    private static final MemberIntensities INTENSITIES = new MemberIntensities(List.of(
            new MemberIntensity(2, "04595257", "Linyuan Aromatics", "林園芳烴", IndustryGroup.PETROCHEMICALS,
                    new YearIntensity(Year.of(2024), Emissions.of("200000"), Emissions.of("210000"),
                            new BigDecimal("50000.000"), new BigDecimal("400000.000"), "t of aromatics")),
            new MemberIntensity(1, "13579113", "Harbor Crest Steel", "港峰鋼鐵", IndustryGroup.STEEL,
                    new YearIntensity(Year.of(2023), Emissions.of("1000"), Emissions.of("1100"),
                            new BigDecimal("3"), null, null))),
            Instant.parse("2025-05-31T17:00:00Z"));

    @Test
    void aRowPerMemberAndYearWithBothIntensitiesBothWays() {
        DataTable table = MemberIntensityTables.of(INTENSITIES, "https://portal.example/public/members.xhtml",
                Locale.ENGLISH);

        assertEquals(List.of("UBN", "Company (English)", "Company (Chinese)", "Industry group", "Reporting year",
                "Net revenue (million NTD)", "tCO2e per million NTD, market-based",
                "tCO2e per million NTD, location-based", "Production output", "Unit",
                "tCO2e per unit of output, market-based", "tCO2e per unit of output, location-based"),
                table.columns().stream().map(DataTable.Column::header).toList());
        assertEquals(Arrays.asList("13579113", "Harbor Crest Steel", "港峰鋼鐵", "Steel", 2023, new BigDecimal("3"),
                new BigDecimal("333.333"), new BigDecimal("366.667"), null, null, null, null), table.rows().get(0),
                "by English name; no output, no intensity per unit");
        assertEquals(Arrays.asList("04595257", "Linyuan Aromatics", "林園芳烴", "Petrochemicals", 2024,
                new BigDecimal("50000"), new BigDecimal("4.000"), new BigDecimal("4.200"), new BigDecimal("400000"),
                "t of aromatics", new BigDecimal("0.500"), new BigDecimal("0.525")), table.rows().get(1));
        assertTrue(table.notes().get(0).endsWith(DirectoryTables.LICENCE_URL));
        assertEquals("Data as of: 2025-06-01", table.notes().get(1));
    }

    @Test
    void theCsvCarriesTheFiguresAsPlainNumbersAndTheChineseHeaders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.CSV.write(MemberIntensityTables.of(INTENSITIES, "https://portal.example/public/members.xhtml",
                Locale.TRADITIONAL_CHINESE), out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertTrue(csv.contains("每百萬新臺幣 tCO2e，市場基礎"), csv);
        assertTrue(csv.contains("04595257,Linyuan Aromatics,林園芳烴,石化,2024,50000,4.000,4.200,400000,t of aromatics,0.500,0.525"),
                csv);
    }
}
