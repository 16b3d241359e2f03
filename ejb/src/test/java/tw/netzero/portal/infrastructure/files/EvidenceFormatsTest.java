package tw.netzero.portal.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.domain.model.filing.FilingExamples.CSV;
import static tw.netzero.portal.domain.model.filing.FilingExamples.JPEG;
import static tw.netzero.portal.domain.model.filing.FilingExamples.PDF;
import static tw.netzero.portal.domain.model.filing.FilingExamples.PNG;
import static tw.netzero.portal.domain.model.filing.FilingExamples.workbook;
import static tw.netzero.portal.domain.model.filing.FilingExamples.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.filing.FilingExamples;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

class EvidenceFormatsTest {

    private static final EvidenceFormats FORMATS = new EvidenceFormats();

    private static final long MAX = EvidenceType.DEFAULT_MAX_BYTES;

    @Test
    void recognisesEachTypeByItsContent() {
        assertEquals(EvidenceType.PDF, FORMATS.check("inventory-2024.pdf", PDF, MAX));
        assertEquals(EvidenceType.PNG, FORMATS.check("boiler.png", PNG, MAX));
        assertEquals(EvidenceType.JPEG, FORMATS.check("meter.jpg", JPEG, MAX));
        assertEquals(EvidenceType.JPEG, FORMATS.check("meter.jpeg", JPEG, MAX));
        assertEquals(EvidenceType.XLSX, FORMATS.check("inventory.xlsx", workbook(), MAX));
        assertEquals(EvidenceType.CSV, FORMATS.check("figures.csv", CSV, MAX));
    }

    @Test
    void theExtensionIsComparedCaseInsensitivelyAndWithoutThePathABrowserSent() {
        assertEquals(EvidenceType.PDF, FORMATS.check("Verification Statement.PDF", PDF, MAX));
        assertEquals(EvidenceType.PDF, FORMATS.check("C:\\fakepath\\statement.pdf", PDF, MAX));
    }

    @Test
    void refusesANameThatLiesAboutTheContent() {
        assertRefused("evidence.extensionMismatch", "statement.pdf", PNG);
        assertRefused("evidence.extensionMismatch", "photo.png", PDF);
        assertRefused("evidence.extensionMismatch", "figures.xlsx", CSV);
        assertRefused("evidence.extensionMismatch", "statement", PDF);
        assertRefused("evidence.extensionMismatch", "statement.pdf.exe", PDF);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> FORMATS.check("statement.pdf", PNG, MAX));
        assertEquals(List.of("pdf", EvidenceType.PNG), refused.arguments());
    }

    @Test
    void refusesANameWithDirectionOverridesOrControlCharacters() {
        // "invoice\u202Efdp.exe" reads as "invoiceexe.pdf"; the content is a real PDF all the same.
        assertRefused("evidence.name.hiddenCharacters", "invoice\u202Egpj.pdf", PDF);
        assertRefused("evidence.name.hiddenCharacters", "statement\u2066.pdf", PDF);
        assertRefused("evidence.name.hiddenCharacters", "state\nment.pdf", PDF);
        assertRefused("evidence.name.hiddenCharacters", "statement\u0000.pdf", PDF);
        assertEquals(EvidenceType.PDF, FORMATS.check("排放清冊 2024.pdf", PDF, MAX));
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused("evidence.empty", "empty.pdf", new byte[0]);
        assertRefused("evidence.empty", "nothing.pdf", null);
    }

    @Test
    void theSizeLimitIsInclusive() {
        byte[] atLimit = FilingExamples.pdf(1000);
        assertEquals(EvidenceType.PDF, FORMATS.check("a.pdf", atLimit, 1000));
        assertRefused("evidence.tooLarge", "a.pdf", FilingExamples.pdf(1001), 1000);
    }

    @Test
    void theDefaultLimitIsTenMegabytesAndReportedInMegabytes() {
        byte[] atLimit = FilingExamples.pdf((int) MAX);
        assertEquals(EvidenceType.PDF, FORMATS.check("big.pdf", atLimit, MAX));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> FORMATS.check("big.pdf", FilingExamples.pdf((int) MAX + 1), MAX));
        assertEquals("evidence.tooLarge", refused.messageKey());
        assertEquals(new BigDecimal("10.0"), refused.arguments().get(0));
    }

    @Test
    void aZipIsAWorkbookOnlyWithContentTypesAndASpreadsheetPart() {
        assertEquals(Optional.of(EvidenceType.XLSX), FORMATS.detect(workbook()));
        assertEquals(Optional.empty(), FORMATS.detect(zip("data/figures.csv", "readme.txt")));
        assertEquals(Optional.empty(), FORMATS.detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.empty(), FORMATS.detect(zip("xl/workbook.xml")));
        assertRefused("evidence.unknownType", "archive.xlsx", zip("data/figures.csv"));
    }

    @Test
    void aCorruptZipIsNotAWorkbook() {
        byte[] truncated = {'P', 'K', 0x03, 0x04, 0x14, 0, 0, 0, 8, 0};
        assertEquals(Optional.empty(), FORMATS.detect(truncated));
    }

    @Test
    void textWithNulBytesIsNotCsv() {
        byte[] withNul = "a,b\n1,\0\n".getBytes(StandardCharsets.UTF_8);
        assertRefused("evidence.unknownType", "figures.csv", withNul);
    }

    @ParameterizedTest
    @ValueSource(strings = {"just some words\n", "a,b\u0007\n", "   "})
    void textWithoutDelimitersOrWithControlCharactersIsNotCsv(String text) {
        assertRefused("evidence.unknownType", "figures.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textThatIsNotUtf8IsNotCsv() {
        byte[] latin1 = "année,tCO2e\n2024,5\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("evidence.unknownType", "figures.csv", latin1);
    }

    @Test
    void semicolonsAndTabsAlsoDelimitCsv() {
        assertEquals(EvidenceType.CSV,
                FORMATS.check("a.csv", "a;b\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8), MAX));
        assertEquals(EvidenceType.CSV, FORMATS.check("a.csv", "a\tb\n".getBytes(StandardCharsets.UTF_8), MAX));
    }

    @Test
    void unknownBinaryContentIsRefused() {
        assertRefused("evidence.unknownType", "program.pdf", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        assertRefused("evidence.unknownType", "image.gif", "GIF89a".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aWorkbookMayInflateToTheTotalLimitButNotOneByteMore() {
        // 1.5 MB stored (not compressed) keeps the ratio near 65, so only the total counts here.
        int stored = 1536 * 1024;
        long zeros = EvidenceFormats.MAX_INFLATED_BYTES - stored - WORKBOOK_PARTS_INFLATED;
        byte[] atLimit = workbookWith(zeros, stored);
        assertEquals(EvidenceType.XLSX, FORMATS.check("inventory.xlsx", atLimit, MAX));

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> FORMATS.check("inventory.xlsx", workbookWith(zeros + 1, stored), MAX));
        assertEquals("evidence.inflatesTooLarge", refused.messageKey());
        assertEquals(List.of(new BigDecimal("100")), refused.arguments());
    }

    @Test
    void aWorkbookMayInflateToTheRatioLimitButNoMore() {
        // Highly compressible zeros plus a stored padding whose every byte adds one to both the
        // file size and the inflated total: choose the padding that makes inflated == 100 x size.
        long step = EvidenceFormats.MAX_COMPRESSION_RATIO - 1;
        for (long zeros = 4_000_000; ; zeros++) {
            long sizeBesidesPadding = workbookWith(zeros, 1).length - 1; // with the padding entry's headers
            long inflated = zeros + WORKBOOK_PARTS_INFLATED;
            long excess = inflated - EvidenceFormats.MAX_COMPRESSION_RATIO * sizeBesidesPadding;
            if (excess % step != 0) {
                zeros += step - 1 - excess % step; // more zeros barely change the deflated size
                continue;
            }
            if (excess > 0) {
                int padding = (int) (excess / step);
                long atRatio = zeros;
                byte[] atLimit = workbookWith(atRatio, padding);
                assertEquals(EvidenceFormats.MAX_COMPRESSION_RATIO * atLimit.length, inflated + padding);
                assertEquals(EvidenceType.XLSX, FORMATS.check("inventory.xlsx", atLimit, MAX));

                DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                        () -> FORMATS.check("inventory.xlsx", workbookWith(atRatio, padding - 1), MAX));
                assertEquals("evidence.compressedTooMuch", refused.messageKey());
                assertEquals(List.of(EvidenceFormats.MAX_COMPRESSION_RATIO), refused.arguments());
                return;
            }
        }
    }

    @Test
    void aZipBombDressedAsAWorkbookIsRefusedWhateverComesFirst() {
        // About 300 KB inflating to 300 MB, the spreadsheet parts named before the bulk.
        byte[] bomb = workbookWith(300L * 1024 * 1024, 0);
        assertRefused("evidence.compressedTooMuch", "inventory.xlsx", bomb);
    }

    private static final String[] WORKBOOK_PARTS = {"[Content_Types].xml", "xl/workbook.xml"};
    private static final long WORKBOOK_PARTS_INFLATED = WORKBOOK_PARTS.length * 4L;

    /**
     * A workbook's two telling parts (4 bytes each), then {@code zeros} deflated zero bytes, then
     * {@code stored} zero bytes stored without compression.
     */
    private static byte[] workbookWith(long zeros, int stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (String part : WORKBOOK_PARTS) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = new byte[64 * 1024];
            for (long left = zeros; left > 0; left -= block.length) {
                zip.write(block, 0, (int) Math.min(block.length, left));
            }
            zip.closeEntry();
            if (stored > 0) {
                byte[] padding = new byte[stored];
                CRC32 crc = new CRC32();
                crc.update(padding);
                ZipEntry entry = new ZipEntry("xl/media/padding.bin");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(stored);
                entry.setCompressedSize(stored);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(padding);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void assertRefused(String key, String name, byte[] content) {
        assertRefused(key, name, content, MAX);
    }

    private static void assertRefused(String key, String name, byte[] content, long max) {
        assertEquals(key,
                assertThrows(DomainRuleViolation.class, () -> FORMATS.check(name, content, max)).messageKey());
    }
}
