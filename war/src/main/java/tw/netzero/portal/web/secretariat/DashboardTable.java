package tw.netzero.portal.web.secretariat;

import java.io.Serializable;
import java.util.List;

/**
 * A table of the dashboard as the page shows it and the downloads write it: headers already in
 * the reader's language, cells as numbers or text (null for "none"), each column of one kind.
 */
public record DashboardTable(String name, List<Column> columns, List<List<Object>> rows) implements Serializable {

    /** What a column holds, which decides how it is shown and how a spreadsheet formats it. */
    public enum Kind {
        /** A calendar year: an integer, never with a thousands separator. */
        YEAR,
        TEXT,
        COUNT,
        /** tCO2e with up to three decimals (kilograms). */
        TONNES,
        /** Per cent with up to two decimals. */
        PERCENT
    }

    public record Column(String header, Kind kind) implements Serializable {
    }

    /** The column indexes, for p:columns. */
    public List<Integer> indexes() {
        return java.util.stream.IntStream.range(0, columns.size()).boxed().toList();
    }
}
