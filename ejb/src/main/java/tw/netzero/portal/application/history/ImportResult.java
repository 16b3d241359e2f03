package tw.netzero.portal.application.history;

import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.domain.model.history.ImportPreview;
import tw.netzero.portal.domain.model.history.PreviewRow;

/**
 * What a confirmed history import did: the file as checked when it was written, and the
 * accepted filings made from its good rows (in row order). The bad rows were skipped.
 */
public record ImportResult(ImportPreview checked, List<Long> filingIds) implements Serializable {

    public ImportResult {
        filingIds = List.copyOf(filingIds);
    }

    public int importedCount() {
        return filingIds.size();
    }

    public List<PreviewRow> skippedRows() {
        return checked.badRows();
    }
}
