package tw.netzero.portal.domain.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.domain.model.history.HistoryRowCheckTest.row;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.Ubn;

class HistoryImportTest {

    private static final Year THIS_YEAR = Year.of(2025);
    private static final ImportTargets.KnownCompany NANZI = new ImportTargets.KnownCompany(3, "Nanzi", "楠梓");
    private static final ImportTargets.KnownCompany HARBOR = new ImportTargets.KnownCompany(1, "Harbor", "港峰");

    /** Two companies; Harbor has filed 2022. */
    private static final ImportTargets PORTAL = new ImportTargets() {
        private final Map<String, KnownCompany> companies = Map.of("35572200", NANZI, "13579113", HARBOR);

        @Override
        public Optional<KnownCompany> companyByUbn(Ubn ubn) {
            return Optional.ofNullable(companies.get(ubn.value()));
        }

        @Override
        public boolean hasFiling(long companyId, Year year) {
            return companyId == HARBOR.id() && year.getValue() == 2022;
        }
    };

    @Test
    void goodRowsNameTheirCompanyAndBadRowsSayWhy() {
        ImportPreview preview = HistoryImport.check(List.of(
                row(2, "35572200", "2021", "1", "2", "3", "4", "yes"),
                row(3, "13579113", "2022", "1", "2", "3", "4", "no"),
                row(4, "04595257", "2021", "1", "2", "3", "4", "no"),
                row(5, "13579113", "2021", "1", "2", "3", "4", "no")), THIS_YEAR, PORTAL);

        assertEquals(List.of(2, 5), preview.goodRows().stream().map(PreviewRow::rowNumber).toList());
        assertEquals(NANZI, preview.rows().get(0).company());
        assertEquals(List.of(RowProblem.of("history.row.alreadyFiled", 2022, "Harbor", "港峰")),
                preview.rows().get(1).problems());
        assertEquals(List.of(RowProblem.of("history.company.unknown", "04595257")), preview.rows().get(2).problems());
        assertTrue(preview.hasGoodRows());
    }

    @Test
    void aCompanyAndYearGivenTwiceIsAnErrorInEveryRowThatGivesIt() {
        ImportPreview preview = HistoryImport.check(List.of(
                row(2, "35572200", "2021", "1", "2", "3", "4", "yes"),
                row(3, "35572200", "2022", "1", "2", "3", "4", "yes"),
                row(4, "35572200", "2021", "9", "9", "9", "9", "oops"),
                row(6, "35572200", "2021", "1", "2", "3", "4", "yes")), THIS_YEAR, PORTAL);

        assertEquals(List.of(RowProblem.of("history.row.duplicate", "4, 6")), preview.rows().get(0).problems());
        assertEquals(Set.of(), Set.copyOf(preview.rows().get(1).problems()));
        assertTrue(preview.rows().get(2).problems().contains(RowProblem.of("history.row.duplicate", "2, 6")));
        assertEquals(List.of(3), preview.goodRows().stream().map(PreviewRow::rowNumber).toList());
    }

    @Test
    void aFileOfBadRowsOnlyHasNothingToImport() {
        ImportPreview preview = HistoryImport.check(List.of(row(2, "13579113", "2022", "1", "2", "3", "4", "no")),
                THIS_YEAR, PORTAL);
        assertFalse(preview.hasGoodRows());
        assertEquals(1, preview.badRows().size());
    }
}
