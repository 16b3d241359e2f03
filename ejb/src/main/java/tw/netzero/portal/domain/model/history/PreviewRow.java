package tw.netzero.portal.domain.model.history;

import java.io.Serializable;
import java.util.List;

/**
 * One row of an import file as the preview shows it: the text of its cells, the company it
 * names (when known), its entry (when every rule holds) and otherwise the reasons it would be
 * skipped.
 */
public record PreviewRow(SheetRow row, ImportTargets.KnownCompany company, HistoryEntry entry,
                         List<RowProblem> problems) implements Serializable {

    public PreviewRow {
        problems = List.copyOf(problems);
        if (problems.isEmpty() && (entry == null || company == null)) {
            throw new IllegalArgumentException("A row without problems needs its entry and company");
        }
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    /** Would be imported. */
    public boolean isGood() {
        return problems.isEmpty();
    }
}
