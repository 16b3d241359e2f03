package tw.netzero.portal.application.history;

import java.util.List;
import tw.netzero.portal.domain.model.history.ImportLimits;
import tw.netzero.portal.domain.model.history.SheetRow;

/** Reads an import file (CSV or XLSX) into rows of text (infrastructure.files.HistoryFileReader). */
public interface ImportFileReader {

    /**
     * The file's rows by the column headers of its first row; a file that cannot be an import file
     * (wrong type, too large, too many rows, no or unknown header) is refused whole with a
     * {@code DomainRuleViolation}.
     */
    List<SheetRow> read(String fileName, byte[] content, ImportLimits limits);
}
