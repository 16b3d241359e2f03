package tw.netzero.portal.domain.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.history.HistoryRowCheck.CheckedRow;
import tw.netzero.portal.domain.model.shared.Emissions;

class HistoryRowCheckTest {

    private static final Year THIS_YEAR = Year.of(2025);

    static SheetRow row(int number, String ubn, String year, String scope1, String scope2Location,
                        String scope2Market, String scope3, String verified) {
        Map<HistoryColumn, String> cells = new EnumMap<>(HistoryColumn.class);
        cells.put(HistoryColumn.UBN, ubn);
        cells.put(HistoryColumn.YEAR, year);
        cells.put(HistoryColumn.SCOPE1, scope1);
        cells.put(HistoryColumn.SCOPE2_LOCATION, scope2Location);
        cells.put(HistoryColumn.SCOPE2_MARKET, scope2Market);
        cells.put(HistoryColumn.SCOPE3, scope3);
        cells.put(HistoryColumn.VERIFIED, verified);
        return new SheetRow(number, cells);
    }

    @Test
    void aGoodRowBecomesAnEntry() {
        CheckedRow checked = HistoryRowCheck.check(row(2, "35572200", "2024", "1200.5", "800", "750.25", "0", "Yes"),
                THIS_YEAR);

        assertEquals(List.of(), checked.problems());
        HistoryEntry entry = checked.entry();
        assertEquals(Ubn.of("35572200"), entry.ubn());
        assertEquals(Year.of(2024), entry.year());
        assertEquals(Emissions.of("1200.5"), entry.scope1());
        assertEquals(Emissions.of("750.25"), entry.scope2MarketBased());
        assertEquals(Emissions.ZERO, entry.scope3());
        assertTrue(entry.verified());
    }

    @Test
    void acceptsTheUsualWaysOfSayingYesAndNo() {
        for (String yes : List.of("yes", "Y", "TRUE", "1", "是")) {
            assertTrue(HistoryRowCheck.check(row(2, "35572200", "2024", "1", "1", "1", "1", yes), THIS_YEAR).entry()
                    .verified(), yes);
        }
        for (String no : List.of("no", "N", "false", "0", "否")) {
            assertFalse(HistoryRowCheck.check(row(2, "35572200", "2024", "1", "1", "1", "1", no), THIS_YEAR).entry()
                    .verified(), no);
        }
    }

    @Test
    void roundsToTheKilogramLikeEveryAmount() {
        assertEquals(Emissions.of("0.3"), HistoryRowCheck.check(
                row(2, "35572200", "2024", "0.30000000000000004", "1", "1", "1", "no"), THIS_YEAR).entry().scope1());
    }

    @Test
    void reportsEveryBrokenRuleOfARowWithItsReason() {
        CheckedRow checked = HistoryRowCheck.check(row(5, "35572201", "20x4", "1,200.5", "-3", "2000000000", "", "maybe"),
                THIS_YEAR);

        assertNull(checked.entry());
        assertEquals(List.of(
                RowProblem.of("history.ubn.invalid", "35572201"),
                RowProblem.of("history.year.invalid", "20x4"),
                RowProblem.of("history.number.comma", "Scope 1 (tCO2e)", "範疇一（公噸CO2e）", "1,200.5"),
                RowProblem.of("history.emissions.negative", "Scope 2 location-based (tCO2e)", "範疇二地點基準（公噸CO2e）",
                        "-3", Emissions.MAX_TONNES),
                RowProblem.of("history.emissions.tooLarge", "Scope 2 market-based (tCO2e)", "範疇二市場基準（公噸CO2e）",
                        "2000000000", Emissions.MAX_TONNES),
                RowProblem.of("history.value.required", "Scope 3 (tCO2e)", "範疇三（公噸CO2e）"),
                RowProblem.of("history.verified.invalid", "maybe")), checked.problems());
    }

    @Test
    void refusesWordsForNumbersAndMissingUbnOrYear() {
        CheckedRow checked = HistoryRowCheck.check(row(2, "", "", "n/a", "1", "1", "1", "no"), THIS_YEAR);
        assertEquals(List.of(
                RowProblem.of("history.value.required", "UBN", "統一編號"),
                RowProblem.of("history.value.required", "Year", "年度"),
                RowProblem.of("history.number.invalid", "Scope 1 (tCO2e)", "範疇一（公噸CO2e）", "n/a")), checked.problems());
    }

    @Test
    void takesFinishedYearsFrom1990Only() {
        assertEquals(List.of(RowProblem.of("history.year.outOfRange", 2025, 1990, 2024)),
                HistoryRowCheck.check(row(2, "35572200", "2025", "1", "1", "1", "1", "no"), THIS_YEAR).problems());
        assertEquals(List.of(RowProblem.of("history.year.outOfRange", 1989, 1990, 2024)),
                HistoryRowCheck.check(row(2, "35572200", "1989", "1", "1", "1", "1", "no"), THIS_YEAR).problems());
        assertEquals(List.of(),
                HistoryRowCheck.check(row(2, "35572200", "1990", "1", "1", "1", "1", "no"), THIS_YEAR).problems());
    }
}
