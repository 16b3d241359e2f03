package tw.netzero.portal.domain.model.history;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of an import file as text, before any rule is applied. {@code rowNumber} is
 * the row as a spreadsheet program numbers it (the header is row 1), so the secretariat can
 * find it in the file.
 */
public record SheetRow(int rowNumber, Map<HistoryColumn, String> cells) implements Serializable {

    public SheetRow {
        EnumMap<HistoryColumn, String> copy = new EnumMap<>(HistoryColumn.class);
        cells.forEach((column, text) -> copy.put(column, text == null ? "" : text.strip()));
        cells = Collections.unmodifiableMap(copy);
    }

    /** The cell's text, stripped; empty when the cell is empty. */
    public String cell(HistoryColumn column) {
        return cells.getOrDefault(column, "");
    }
}
