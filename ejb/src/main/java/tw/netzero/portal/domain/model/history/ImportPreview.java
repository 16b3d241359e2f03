package tw.netzero.portal.domain.model.history;

import java.io.Serializable;
import java.util.List;

/** Every row of an import file, checked: what confirming would import and what it would skip. */
public record ImportPreview(List<PreviewRow> rows) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public List<PreviewRow> goodRows() {
        return rows.stream().filter(PreviewRow::isGood).toList();
    }

    public List<PreviewRow> badRows() {
        return rows.stream().filter(row -> !row.isGood()).toList();
    }

    public boolean hasGoodRows() {
        return rows.stream().anyMatch(PreviewRow::isGood);
    }
}
