package tw.netzero.portal.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tw.netzero.portal.web.support.DataTable.Kind;

/** Writes a table as a spreadsheet file: CSV or XLSX. */
public enum TableFiles {

    /**
     * RFC 4180 CSV in UTF-8 with a byte order mark, which is what makes Excel read the Chinese
     * labels correctly; numbers plain (a point, no thousands separator), so they stay numbers.
     * Notes come first, one line each starting with "#" (the comment marker many CSV readers
     * can skip), the header line after them. Quoting is commons-csv's printer (RFC 4180).
     */
    CSV("csv", "text/csv; charset=UTF-8") {
        private static final CSVFormat RFC_4180_WITH_NOTES = CSVFormat.RFC4180.builder()
                .setCommentMarker('#').get();

        @Override
        public void write(DataTable table, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, RFC_4180_WITH_NOTES);
            for (String note : table.notes()) {
                printer.printComment(note.replaceAll("[\r\n]+", " "));
            }
            printer.printRecord(table.columns().stream().map(DataTable.Column::header));
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(this::field));
            }
            printer.flush();
        }

        private Object field(Object cell) {
            if (cell instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            // A text starting like a formula is shown as text by spreadsheets, never run.
            if (cell instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                return "'" + text;
            }
            return cell;
        }
    },

    /** An Excel workbook with one sheet: a bold header row, numbers as numbers with their format. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        public void write(DataTable table, OutputStream out) throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Sheet sheet = workbook.createSheet(table.name());
                CellStyle header = workbook.createCellStyle();
                Font bold = workbook.createFont();
                bold.setBold(true);
                header.setFont(bold);
                CellStyle[] styles = new CellStyle[Kind.values().length];
                for (Kind kind : Kind.values()) {
                    styles[kind.ordinal()] = workbook.createCellStyle();
                    styles[kind.ordinal()].setDataFormat(workbook.createDataFormat().getFormat(format(kind)));
                }
                Row headerRow = sheet.createRow(0);
                for (int i = 0; i < table.columns().size(); i++) {
                    Cell cell = headerRow.createCell(i);
                    cell.setCellValue(table.columns().get(i).header());
                    cell.setCellStyle(header);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int i = 0; i < cells.size(); i++) {
                        Object value = cells.get(i);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                        cell.setCellStyle(styles[table.columns().get(i).kind().ordinal()]);
                    }
                }
                sheet.createFreezePane(0, 1);
                if (!table.notes().isEmpty()) {
                    Sheet about = workbook.createSheet("about");
                    for (int i = 0; i < table.notes().size(); i++) {
                        about.createRow(i).createCell(0).setCellValue(table.notes().get(i));
                    }
                }
                for (int i = 0; i < table.columns().size(); i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(10, table.columns().get(i).header().length() + 2)) * 256);
                }
                workbook.write(out);
            }
        }

        private String format(Kind kind) {
            return switch (kind) {
                case YEAR, COUNT -> "0";
                case TONNES, AMOUNT, INTENSITY -> "#,##0.000";
                case PERCENT -> "0.00";
                case TEXT -> "@";
            };
        }
    };

    private final String extension;
    private final String contentType;

    TableFiles(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public abstract void write(DataTable table, OutputStream out) throws IOException;

    /**
     * Sends the table as a download named {@code baseName.<extension>}: content type, attachment,
     * no sniffing. The one place the portal's table downloads are answered from.
     */
    public void sendAsDownload(DataTable table, String baseName, HttpServletResponse response) throws IOException {
        ContentTypes.set(response, contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + baseName + "." + extension + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        write(table, response.getOutputStream());
    }

    /**
     * The format a download link asks for ({@code format=csv|xlsx}); for any other, or none, the request is
     * answered 404 here and nothing is returned.
     */
    public static Optional<TableFiles> requested(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<TableFiles> format = ofExtension(request.getParameter("format"));
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return format;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static java.util.Optional<TableFiles> ofExtension(String extension) {
        return java.util.Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
