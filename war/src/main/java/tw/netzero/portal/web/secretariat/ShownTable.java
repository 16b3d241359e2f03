package tw.netzero.portal.web.secretariat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tw.netzero.portal.web.support.DataTable;
import tw.netzero.portal.web.support.DataTable.Kind;

/**
 * A dashboard table as the page shows it: every cell formatted once, in the reader's language
 * (tonnes to the whole tonne, per cent to two decimals, an activity to three at most, an intensity to
 * three, "–" for none), numbers right-aligned. The
 * page then only writes strings: no method call per cell while rendering.
 *
 * @param name the table's name in the download link
 */
public record ShownTable(String name, List<Header> headers, List<List<Cell>> rows) {

    /** A column heading and how the column is aligned. */
    public record Header(String text, String cellClass) {
    }

    public record Cell(String text, String cellClass) {
    }

    private static final String NONE = "–";
    private static final String NUMERIC = "numeric";

    public ShownTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    static ShownTable of(DataTable table, Locale locale) {
        Map<Kind, NumberFormat> formats = formats(locale);
        List<Header> headers = table.columns().stream()
                .map(column -> new Header(column.header(), cellClass(column.kind()))).toList();
        List<List<Cell>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<Cell> cells = new ArrayList<>(row.size());
            for (int index = 0; index < row.size(); index++) {
                Kind kind = table.columns().get(index).kind();
                cells.add(new Cell(text(row.get(index), kind, formats), headers.get(index).cellClass()));
            }
            rows.add(List.copyOf(cells));
        }
        return new ShownTable(table.name(), headers, rows);
    }

    private static String text(Object cell, Kind kind, Map<Kind, NumberFormat> formats) {
        if (cell == null) {
            return NONE;
        }
        return switch (kind) {
            case YEAR, TEXT -> cell.toString();
            case COUNT -> formats.get(Kind.COUNT).format(cell);
            case TONNES, PERCENT, AMOUNT, INTENSITY -> formats.get(kind).format((BigDecimal) cell);
        };
    }

    /** Right-aligned numbers. */
    private static String cellClass(Kind kind) {
        return kind == Kind.TEXT ? "" : NUMERIC;
    }

    /** One format per kind for the whole table (a NumberFormat per cell costs more than the cell). */
    private static Map<Kind, NumberFormat> formats(Locale locale) {
        Map<Kind, NumberFormat> formats = new EnumMap<>(Kind.class);
        formats.put(Kind.COUNT, NumberFormat.getIntegerInstance(locale));
        NumberFormat tonnes = NumberFormat.getNumberInstance(locale);
        tonnes.setMaximumFractionDigits(0);
        formats.put(Kind.TONNES, tonnes);
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(2);
        formats.put(Kind.PERCENT, percent);
        NumberFormat amount = NumberFormat.getNumberInstance(locale);
        amount.setMaximumFractionDigits(3);
        formats.put(Kind.AMOUNT, amount);
        NumberFormat intensity = NumberFormat.getNumberInstance(locale);
        intensity.setMinimumFractionDigits(3);
        intensity.setMaximumFractionDigits(3);
        formats.put(Kind.INTENSITY, intensity);
        return formats;
    }
}
