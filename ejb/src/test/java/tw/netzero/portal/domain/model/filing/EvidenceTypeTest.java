package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

class EvidenceTypeTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    static final byte[] CSV = "scope,tCO2e\n範疇一,1234.5\nscope 2 (market),800\n".getBytes(StandardCharsets.UTF_8);
    private static final long MAX = EvidenceType.DEFAULT_MAX_BYTES;

    @Test
    void recognisesEachTypeByItsContent() throws IOException {
        assertEquals(EvidenceType.PDF, EvidenceType.check("inventory-2024.pdf", PDF, MAX));
        assertEquals(EvidenceType.PNG, EvidenceType.check("boiler.png", PNG, MAX));
        assertEquals(EvidenceType.JPEG, EvidenceType.check("meter.jpg", JPEG, MAX));
        assertEquals(EvidenceType.JPEG, EvidenceType.check("meter.jpeg", JPEG, MAX));
        assertEquals(EvidenceType.XLSX, EvidenceType.check("inventory.xlsx", workbook(), MAX));
        assertEquals(EvidenceType.CSV, EvidenceType.check("figures.csv", CSV, MAX));
    }

    @Test
    void theExtensionIsComparedCaseInsensitivelyAndWithoutThePathABrowserSent() {
        assertEquals(EvidenceType.PDF, EvidenceType.check("Verification Statement.PDF", PDF, MAX));
        assertEquals(EvidenceType.PDF, EvidenceType.check("C:\\fakepath\\statement.pdf", PDF, MAX));
    }

    @Test
    void refusesANameThatLiesAboutTheContent() {
        assertRefused("evidence.extensionMismatch", "statement.pdf", PNG);
        assertRefused("evidence.extensionMismatch", "photo.png", PDF);
        assertRefused("evidence.extensionMismatch", "figures.xlsx", CSV);
        assertRefused("evidence.extensionMismatch", "statement", PDF);
        assertRefused("evidence.extensionMismatch", "statement.pdf.exe", PDF);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> EvidenceType.check("statement.pdf", PNG, MAX));
        assertEquals(List.of("pdf", EvidenceType.PNG), refused.arguments());
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused("evidence.empty", "empty.pdf", new byte[0]);
        assertRefused("evidence.empty", "nothing.pdf", null);
    }

    @Test
    void theSizeLimitIsInclusive() {
        byte[] atLimit = Arrays.copyOf(PDF, 1000);
        assertEquals(EvidenceType.PDF, EvidenceType.check("a.pdf", atLimit, 1000));
        assertRefused("evidence.tooLarge", "a.pdf", Arrays.copyOf(PDF, 1001), 1000);
    }

    @Test
    void theDefaultLimitIsTenMegabytesAndReportedInMegabytes() {
        byte[] atLimit = Arrays.copyOf(PDF, (int) MAX);
        assertEquals(EvidenceType.PDF, EvidenceType.check("big.pdf", atLimit, MAX));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> EvidenceType.check("big.pdf", Arrays.copyOf(PDF, (int) MAX + 1), MAX));
        assertEquals("evidence.tooLarge", refused.messageKey());
        assertEquals(new BigDecimal("10.0"), refused.arguments().get(0));
    }

    @Test
    void aZipIsAWorkbookOnlyWithContentTypesAndASpreadsheetPart() throws IOException {
        assertEquals(Optional.of(EvidenceType.XLSX), EvidenceType.detect(workbook()));
        assertEquals(Optional.empty(), EvidenceType.detect(zip("data/figures.csv", "readme.txt")));
        assertEquals(Optional.empty(), EvidenceType.detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.empty(), EvidenceType.detect(zip("xl/workbook.xml")));
        assertRefused("evidence.unknownType", "archive.xlsx", zip("data/figures.csv"));
    }

    @Test
    void aCorruptZipIsNotAWorkbook() {
        byte[] truncated = {'P', 'K', 0x03, 0x04, 0x14, 0, 0, 0, 8, 0};
        assertEquals(Optional.empty(), EvidenceType.detect(truncated));
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
        assertEquals(EvidenceType.CSV, EvidenceType.check("a.csv", "a;b\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8), MAX));
        assertEquals(EvidenceType.CSV, EvidenceType.check("a.csv", "a\tb\n".getBytes(StandardCharsets.UTF_8), MAX));
    }

    @Test
    void unknownBinaryContentIsRefused() {
        assertRefused("evidence.unknownType", "program.pdf", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        assertRefused("evidence.unknownType", "image.gif", "GIF89a".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] workbook() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<part name=\"" + entry + "\"/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void assertRefused(String key, String name, byte[] content) {
        assertRefused(key, name, content, MAX);
    }

    private static void assertRefused(String key, String name, byte[] content, long max) {
        assertEquals(key, assertThrows(DomainRuleViolation.class, () -> EvidenceType.check(name, content, max)).messageKey());
    }
}
