package tw.netzero.portal.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tw.netzero.portal.application.history.ImportFileReader;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.history.HistoryColumn;
import tw.netzero.portal.domain.model.history.ImportLimits;
import tw.netzero.portal.domain.model.history.SheetRow;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * Reads an import file (CSV or XLSX) into rows of text, one per company and year, by the
 * column headers of its first row. Refuses the whole file, with a message key, when it cannot
 * be an import file: wrong type, too large, too many rows, no header or a header it does not
 * know. The rules for the values are {@code HistoryRowCheck}'s (domain.model.history).
 *
 * <p>CSV: UTF-8 (a byte order mark is allowed, as spreadsheet programs write one), comma
 * separated, or semicolon separated when the header has semicolons and no comma. XLSX: the
 * first sheet; numbers are taken as stored, not as formatted, and a UBN stored as a number
 * gets back the leading zeros that the spreadsheet dropped. POI's zip-bomb guards
 * ({@code ZipSecureFile}) apply with their defaults, besides the size and row limits.
 */
@ApplicationScoped
public class HistoryFileReader implements ImportFileReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public List<SheetRow> read(String fileName, byte[] content, ImportLimits limits) {
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("history.file.empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new DomainRuleViolation("history.file.tooLarge", limits.maxBytes() / 1024);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = startsWith(content, ZIP_MAGIC);
        if (name.endsWith(".xlsx") && zip) {
            return readXlsx(content, limits);
        }
        if (name.endsWith(".csv") && !zip) {
            return readCsv(content, limits);
        }
        throw new DomainRuleViolation("history.file.type");
    }

    private static List<SheetRow> readCsv(byte[] content, ImportLimits limits) {
        String text = strictUtf8(content);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        Lines lines = new Lines(limits);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new DomainRuleViolation("history.file.unreadable");
        }
        return lines.rows();
    }

    private static List<SheetRow> readXlsx(byte[] content, ImportLimits limits) {
        Lines lines = new Lines(limits);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new DomainRuleViolation("history.file.noHeader");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getPhysicalNumberOfRows() > limits.maxRows() + 1) {
                throw tooManyRows(limits);
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    cells.add(text(row.getCell(column), lines.isUbnColumn(column)));
                }
                lines.add(row.getRowNum() + 1, cells);
            }
        } catch (DomainRuleViolation refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // Not an OOXML workbook, a damaged one, or one that trips POI's zip-bomb limits.
            throw new DomainRuleViolation("history.file.unreadable");
        }
        return lines.rows();
    }

    /** Collects the rows of a file: the first non-blank one names the columns, blank ones are skipped. */
    private static final class Lines {
        private final ImportLimits limits;
        private Map<Integer, HistoryColumn> columns;
        private final List<SheetRow> data = new ArrayList<>();

        Lines(ImportLimits limits) {
            this.limits = limits;
        }

        void add(int rowNumber, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (columns == null) {
                columns = columnsOf(cells);
                return;
            }
            Map<HistoryColumn, String> values = new EnumMap<>(HistoryColumn.class);
            columns.forEach((position, column) -> values.put(column, position < cells.size() ? cells.get(position) : ""));
            data.add(new SheetRow(rowNumber, values));
            if (data.size() > limits.maxRows()) {
                throw tooManyRows(limits);
            }
        }

        /** Whether the header put the UBN in this column (false while there is no header yet). */
        boolean isUbnColumn(int position) {
            return columns != null && columns.get(position) == HistoryColumn.UBN;
        }

        List<SheetRow> rows() {
            if (columns == null) {
                throw new DomainRuleViolation("history.file.noHeader");
            }
            if (data.isEmpty()) {
                throw new DomainRuleViolation("history.file.noRows");
            }
            return List.copyOf(data);
        }
    }

    private static Map<Integer, HistoryColumn> columnsOf(List<String> header) {
        Map<Integer, HistoryColumn> columns = new HashMap<>();
        EnumSet<HistoryColumn> seen = EnumSet.noneOf(HistoryColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int position = 0; position < header.size(); position++) {
            String title = header.get(position).strip();
            if (title.isEmpty()) {
                continue;
            }
            Optional<HistoryColumn> column = HistoryColumn.ofHeader(title);
            if (column.isEmpty()) {
                unknown.add(title);
            } else if (!seen.add(column.get())) {
                throw new DomainRuleViolation("history.file.duplicateColumn", title);
            } else {
                columns.put(position, column.get());
            }
        }
        if (seen.isEmpty()) {
            throw new DomainRuleViolation("history.file.noHeader");
        }
        if (!unknown.isEmpty()) {
            throw new DomainRuleViolation("history.file.unknownColumn", unknown.get(0));
        }
        for (HistoryColumn column : HistoryColumn.values()) {
            if (!seen.contains(column)) {
                throw new DomainRuleViolation("history.file.missingColumn", column.englishHeader(), column.chineseHeader());
            }
        }
        return columns;
    }

    /** A cell's value as text: numbers as stored (no grouping, no rounding), never as formatted. */
    private static String text(Cell cell, boolean ubn) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case NUMERIC -> number(cell.getNumericCellValue(), ubn);
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String number(double value, boolean ubn) {
        BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
        String plain = number.toPlainString();
        // A UBN typed into a spreadsheet becomes a number and loses its leading zeros (04595257 -> 4595257).
        if (ubn && number.scale() <= 0 && number.signum() >= 0 && plain.length() < Ubn.LENGTH) {
            return "0".repeat(Ubn.LENGTH - plain.length()) + plain;
        }
        return plain;
    }

    private static String strictUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new DomainRuleViolation("history.file.notUtf8");
        }
    }

    private static DomainRuleViolation tooManyRows(ImportLimits limits) {
        return new DomainRuleViolation("history.file.tooManyRows", limits.maxRows());
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
