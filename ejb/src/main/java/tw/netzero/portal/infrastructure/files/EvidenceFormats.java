package tw.netzero.portal.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tw.netzero.portal.application.filing.EvidenceCheck;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.evidence.StoredFile;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.VisibleText;

/**
 * The file formats of evidence: recognises each accepted {@link EvidenceType} by its content, never
 * by the name or the type the browser claims. {@link #check} refuses an empty or too large file
 * ({@code evidence.empty}, {@code evidence.tooLarge}), content of no accepted kind
 * ({@code evidence.unknownType}) and a name whose extension says otherwise
 * ({@code evidence.extensionMismatch}): a file that lies about itself is not worth keeping as
 * evidence. A ZIP-based file (XLSX) that inflates too much is refused too
 * ({@code evidence.inflatesTooLarge}, {@code evidence.compressedTooMuch}).
 */
@ApplicationScoped
public class EvidenceFormats implements EvidenceCheck {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    /**
     * How much all entries of a ZIP-based file (XLSX) may inflate to together: 100 MB. The largest
     * file accepted is 10 MB and the XML of a real workbook deflates about 5 to 10 times, so a
     * genuine workbook of full size stays under it; a "zip bomb" (306 KB inflating to 300 MB) does
     * not, and reading it must not tie up the server or whoever opens the evidence later.
     */
    public static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    /**
     * How many times the entries of a ZIP-based file may inflate its size, all entries together:
     * 100, Apache POI's default limit for workbooks (its minimum inflate ratio 0.01). Real workbooks
     * inflate 3 to 20 times; a zip bomb a thousand times and more.
     */
    public static final long MAX_COMPRESSION_RATIO = 100;
    private static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(1024 * 1024);

    @Override
    public EvidenceType check(String fileName, byte[] content, long maxBytes) {
        if (VisibleText.firstHiddenInLine(fileName).isPresent()) {
            // Shown in the evidence list and sent in Content-Disposition: no direction tricks
            // ("invoice", U+202E, "fdp.exe" reads as "invoiceexe.pdf").
            throw new DomainRuleViolation("evidence.name.hiddenCharacters");
        }
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("evidence.empty");
        }
        if (content.length > maxBytes) {
            throw new DomainRuleViolation("evidence.tooLarge",
                    BigDecimal.valueOf(maxBytes).divide(BYTES_PER_MB, 1, RoundingMode.DOWN));
        }
        EvidenceType type = detect(content).orElseThrow(() -> new DomainRuleViolation("evidence.unknownType"));
        String extension = extensionOf(fileName);
        if (!type.hasExtension(extension)) {
            throw new DomainRuleViolation("evidence.extensionMismatch", extension, type);
        }
        return type;
    }

    /**
     * The type the content has, judged by its first bytes (and, for a ZIP, its entry names); a ZIP
     * that inflates beyond the limits is refused with a {@link DomainRuleViolation}.
     */
    public Optional<EvidenceType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(EvidenceType.PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(EvidenceType.PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(EvidenceType.JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return isWorkbook(content) ? Optional.of(EvidenceType.XLSX) : Optional.empty();
        }
        return isDelimitedText(content) ? Optional.of(EvidenceType.CSV) : Optional.empty();
    }

    /** The lower-case extension of a file name (after any path a browser sent along), or "". */
    static String extensionOf(String fileName) {
        String name = StoredFile.baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * An Office Open XML package with a spreadsheet part; a plain ZIP or a Word file is not one.
     * Every entry is inflated (and thrown away) to bound what the package holds: more than
     * {@link #MAX_INFLATED_BYTES} in all, or more than {@link #MAX_COMPRESSION_RATIO} times the
     * file's size, is refused ({@code evidence.inflatesTooLarge}, {@code evidence.compressedTooMuch}),
     * stopping as soon as a limit is passed.
     */
    private static boolean isWorkbook(byte[] content) {
        boolean contentTypes = false;
        boolean workbookPart = false;
        long inflated = 0;
        long ratioLimit = MAX_COMPRESSION_RATIO * content.length;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                workbookPart |= entry.getName().startsWith("xl/");
                // Read the entry through ourselves (getNextEntry would inflate it unseen) to bound the work.
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > MAX_INFLATED_BYTES) {
                        throw new DomainRuleViolation("evidence.inflatesTooLarge",
                                BigDecimal.valueOf(MAX_INFLATED_BYTES).divide(BYTES_PER_MB, 0, RoundingMode.DOWN));
                    }
                    if (inflated > ratioLimit) {
                        throw new DomainRuleViolation("evidence.compressedTooMuch", MAX_COMPRESSION_RATIO);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException corrupt) {
            return false;
        }
        return contentTypes && workbookPart;
    }

    /** Strict UTF-8 text without NUL or other control bytes, with a column delimiter. */
    private static boolean isDelimitedText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        boolean printable = text.chars()
                .allMatch(c -> c == '\t' || c == '\r' || c == '\n' || !Character.isISOControl(c));
        return printable && text.chars().anyMatch(c -> c == ',' || c == ';' || c == '\t');
    }
}
