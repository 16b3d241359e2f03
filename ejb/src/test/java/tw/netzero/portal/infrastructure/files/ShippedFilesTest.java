package tw.netzero.portal.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.history.HistoryRowCheck;
import tw.netzero.portal.domain.model.history.ImportLimits;
import tw.netzero.portal.domain.model.history.SheetRow;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/** The templates and the sample in docs/bulk-import are files this reader takes. */
class ShippedFilesTest {

    private static final HistoryFileReader READER = new HistoryFileReader();

    private static final Path FOLDER = Path.of("..", "docs", "bulk-import");
    private static final ImportLimits LIMITS = new ImportLimits(ImportLimits.DEFAULT_MAX_BYTES,
            ImportLimits.DEFAULT_MAX_ROWS);

    @Test
    void theTemplatesHaveEveryColumnAndNoRows() throws IOException {
        for (String template : List.of("history-template.csv", "history-template.xlsx")) {
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                    () -> READER.read(template, Files.readAllBytes(FOLDER.resolve(template)), LIMITS));
            assertEquals("history.file.noRows", refused.messageKey(), template);
        }
    }

    @Test
    void theSampleHasFiveGoodRowsForNanziSemiconductorAndThreeBadOnes() throws IOException {
        List<SheetRow> rows = READER.read("history-sample.csv",
                Files.readAllBytes(FOLDER.resolve("history-sample.csv")), LIMITS);
        assertEquals(8, rows.size());
        List<Integer> good = rows.stream().filter(row -> HistoryRowCheck.check(row, Year.of(2026)).problems().isEmpty())
                .map(SheetRow::rowNumber).toList();
        // Row 7 is good on its own; against the demo data it is "already filed" (Harbor Crest Steel 2023).
        assertEquals(List.of(2, 3, 4, 5, 6, 7), good);
    }
}
