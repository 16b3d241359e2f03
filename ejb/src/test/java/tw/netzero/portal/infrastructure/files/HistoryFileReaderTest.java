package tw.netzero.portal.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.history.HistoryColumn;
import tw.netzero.portal.domain.model.history.ImportLimits;
import tw.netzero.portal.domain.model.history.SheetRow;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

class HistoryFileReaderTest {

    private static final HistoryFileReader READER = new HistoryFileReader();

    static final String ENGLISH_HEADER = "UBN,Year,Scope 1 (tCO2e),Scope 2 location-based (tCO2e),"
            + "Scope 2 market-based (tCO2e),Scope 3 (tCO2e),Verified";
    private static final ImportLimits LIMITS = new ImportLimits(ImportLimits.DEFAULT_MAX_BYTES, 10);

    @Test
    void readsACsvFileByItsHeaderNumberingRowsAsASpreadsheetDoes() {
        List<SheetRow> rows = READER.read("history.csv", utf8(ENGLISH_HEADER + "\n"
                + "35572200,2021,1200.5,800,750,3000,yes\n"
                + "\n"
                + "04595257,2022,1,2,3,4,no\n"), LIMITS);

        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).rowNumber());
        assertEquals("35572200", rows.get(0).cell(HistoryColumn.UBN));
        assertEquals("1200.5", rows.get(0).cell(HistoryColumn.SCOPE1));
        assertEquals("yes", rows.get(0).cell(HistoryColumn.VERIFIED));
        assertEquals(4, rows.get(1).rowNumber());
        assertEquals("04595257", rows.get(1).cell(HistoryColumn.UBN));
    }

    @Test
    void takesTheColumnsInAnyOrderAndHeadersWithoutUnitsOrInOtherCase() {
        List<SheetRow> rows = READER.read("history.csv", utf8(
                "verified,scope3,SCOPE 2 MARKET-BASED,scope_2_location_based,scope 1,year,ubn\n"
                        + "no,4,3,2,1,2022,04595257\n"), LIMITS);

        assertEquals("04595257", rows.get(0).cell(HistoryColumn.UBN));
        assertEquals("1", rows.get(0).cell(HistoryColumn.SCOPE1));
        assertEquals("2", rows.get(0).cell(HistoryColumn.SCOPE2_LOCATION));
        assertEquals("3", rows.get(0).cell(HistoryColumn.SCOPE2_MARKET));
        assertEquals("4", rows.get(0).cell(HistoryColumn.SCOPE3));
    }

    @Test
    void acceptsTheChineseHeaderAByteOrderMarkAndSemicolons() {
        String chinese = "\uFEFF統一編號;年度;範疇一（公噸CO2e）;範疇二地點基準（公噸CO2e）;範疇二市場基準（公噸CO2e）;範疇三（公噸CO2e）;查證\r\n"
                + "35572200;2021;10;20;30;40;是\r\n";

        List<SheetRow> rows = READER.read("歷史.CSV", utf8(chinese), LIMITS);

        assertEquals("35572200", rows.get(0).cell(HistoryColumn.UBN));
        assertEquals("40", rows.get(0).cell(HistoryColumn.SCOPE3));
        assertEquals("是", rows.get(0).cell(HistoryColumn.VERIFIED));
    }

    @Test
    void keepsQuotedCellsWholeSoACommaInsideQuotesReachesTheNumberRule() {
        List<SheetRow> rows = READER.read("history.csv", utf8(ENGLISH_HEADER + "\n"
                + "35572200,2021,\"1,200.5\",800,750,3000,yes\n"), LIMITS);

        assertEquals("1,200.5", rows.get(0).cell(HistoryColumn.SCOPE1));
        assertEquals("800", rows.get(0).cell(HistoryColumn.SCOPE2_LOCATION));
    }

    @Test
    void refusesAFileWithoutHeader() {
        assertRefused("history.file.noHeader", "history.csv", "35572200,2021,1,2,3,4,yes\n");
    }

    @Test
    void refusesAMissingColumnNamingItInBothLanguages() {
        DomainRuleViolation refused = assertRefused("history.file.missingColumn", "history.csv",
                "UBN,Year,Scope 1,Scope 2 location-based,Scope 2 market-based,Verified\n35572200,2021,1,2,3,yes\n");
        assertEquals(List.of("Scope 3 (tCO2e)", "範疇三（公噸CO2e）"), refused.arguments());
    }

    @Test
    void refusesAColumnItDoesNotKnowAndAColumnGivenTwice() {
        DomainRuleViolation unknown = assertRefused("history.file.unknownColumn", "history.csv",
                ENGLISH_HEADER + ",Energy (MWh)\n35572200,2021,1,2,3,4,yes,5\n");
        assertEquals(List.of("Energy (MWh)"), unknown.arguments());
        assertRefused("history.file.duplicateColumn", "history.csv", ENGLISH_HEADER + ",year\n");
    }

    @Test
    void refusesAFileWithAHeaderButNoRows() {
        assertRefused("history.file.noRows", "history.csv", ENGLISH_HEADER + "\n\n");
    }

    @Test
    void refusesOtherTypesEmptyTooLargeAndNotUtf8Files() {
        assertRefused("history.file.type", "history.txt", ENGLISH_HEADER + "\n");
        assertRefused("history.file.type", "history.xlsx", ENGLISH_HEADER + "\n");
        assertThrowsKey("history.file.empty", () -> READER.read("history.csv", new byte[0], LIMITS));
        assertThrowsKey("history.file.tooLarge", () -> READER.read("history.csv",
                utf8(ENGLISH_HEADER + "\n"), new ImportLimits(10, 10)));
        byte[] big5 = (ENGLISH_HEADER + "\n35572200,2021,1,2,3,4,是\n").getBytes(java.nio.charset.Charset.forName("Big5"));
        assertThrowsKey("history.file.notUtf8", () -> READER.read("history.csv", big5, LIMITS));
    }

    @Test
    void refusesACsvFileWithAnUnclosedQuote() {
        assertRefused("history.file.unreadable", "history.csv", ENGLISH_HEADER + "\n35572200,\"2021,1,2,3,4,yes\n");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        StringBuilder csv = new StringBuilder(ENGLISH_HEADER + "\n");
        for (int i = 0; i < 11; i++) {
            csv.append("35572200,").append(2000 + i).append(",1,2,3,4,no\n");
        }
        DomainRuleViolation refused = assertRefused("history.file.tooManyRows", "history.csv", csv.toString());
        assertEquals(List.of(10), refused.arguments());
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithNumbersAsStoredAndUbnLeadingZerosRestored() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "UBN", "Year", "Scope 1 (tCO2e)", "Scope 2 location-based (tCO2e)",
                    "Scope 2 market-based (tCO2e)", "Scope 3 (tCO2e)", "Verified");
            Row data = sheet.createRow(2);
            data.createCell(0).setCellValue(4595257); // typed as 04595257, stored as a number
            data.createCell(1).setCellValue(2021);
            data.createCell(2).setCellValue(1234.5);
            data.createCell(3).setCellValue(1e9);
            data.createCell(4).setCellFormula("10/4");
            data.createCell(5).setCellValue("7");
            data.createCell(6).setCellValue(true);
        });

        List<SheetRow> rows = READER.read("history.xlsx", xlsx, LIMITS);

        assertEquals(1, rows.size());
        SheetRow row = rows.get(0);
        assertEquals(3, row.rowNumber());
        assertEquals("04595257", row.cell(HistoryColumn.UBN));
        assertEquals("2021", row.cell(HistoryColumn.YEAR));
        assertEquals("1234.5", row.cell(HistoryColumn.SCOPE1));
        assertEquals("1000000000", row.cell(HistoryColumn.SCOPE2_LOCATION));
        assertEquals("7", row.cell(HistoryColumn.SCOPE3));
        assertEquals("yes", row.cell(HistoryColumn.VERIFIED));
    }

    @Test
    void refusesAWorkbookWithoutHeaderAndOneThatIsNoWorkbook() throws IOException {
        byte[] headless = workbook(sheet -> row(sheet, 0, "35572200", "2021", "1", "2", "3", "4", "yes"));
        assertThrowsKey("history.file.noHeader", () -> READER.read("history.xlsx", headless, LIMITS));
        byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
        assertThrowsKey("history.file.unreadable", () -> READER.read("history.xlsx", notAWorkbook, LIMITS));
    }

    @Test
    void refusesAWorkbookWithMoreRowsThanTheLimit() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, ENGLISH_HEADER.split(","));
            for (int i = 1; i <= 11; i++) {
                row(sheet, i, "35572200", String.valueOf(2000 + i), "1", "2", "3", "4", "no");
            }
        });
        assertThrowsKey("history.file.tooManyRows", () -> READER.read("history.xlsx", xlsx, LIMITS));
    }

    static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("History"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static DomainRuleViolation assertRefused(String key, String fileName, String content) {
        return assertThrowsKey(key, () -> READER.read(fileName, utf8(content), LIMITS));
    }

    private static DomainRuleViolation assertThrowsKey(String key, org.junit.jupiter.api.function.Executable read) {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, read);
        assertEquals(key, refused.messageKey());
        return refused;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
