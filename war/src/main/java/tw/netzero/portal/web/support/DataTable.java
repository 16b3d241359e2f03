package tw.netzero.portal.web.support;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table as a page shows it and the downloads write it (the dashboard's tables, the member
 * directory): headers already in the reader's language, cells as numbers or text (null for
 * "none"), each column of one kind, and notes about the whole table (licence, date of the data)
 * that the files carry above the table (CSV) or on a sheet of their own (XLSX).
 */
public record DataTable(String name, List<Column> columns, List<List<Object>> rows, List<String> notes)
        implements Serializable {

    public DataTable {
        notes = List.copyOf(notes);
    }

    public DataTable(String name, List<Column> columns, List<List<Object>> rows) {
        this(name, columns, rows, List.of());
    }

    /** What a column holds, which decides how it is shown and how a spreadsheet formats it. */
    public enum Kind {
        /** A calendar year: an integer, never with a thousands separator. */
        YEAR,
        TEXT,
        COUNT,
        /** tCO2e with up to three decimals (kilograms). */
        TONNES,
        /** Per cent with up to two decimals. */
        PERCENT,
        /** An activity with up to three decimals: net revenue in million NTD, production output. */
        AMOUNT,
        /** tCO2e per unit of activity, three decimals (kilograms per unit, EmissionsIntensity). */
        INTENSITY
    }

    public record Column(String header, Kind kind) implements Serializable {
    }

    /**
     * An {@link Kind#AMOUNT} cell as written: without the trailing zeros of the column's scale (50000.000 million
     * NTD as read is 50000, as the open-data API writes it); null for none.
     */
    public static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
