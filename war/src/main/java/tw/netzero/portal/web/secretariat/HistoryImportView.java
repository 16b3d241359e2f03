package tw.netzero.portal.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import tw.netzero.portal.application.history.HistoryImportService;
import tw.netzero.portal.application.history.ImportResult;
import tw.netzero.portal.domain.model.history.HistoryColumn;
import tw.netzero.portal.domain.model.history.ImportPreview;
import tw.netzero.portal.domain.model.history.PreviewRow;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/import.xhtml: the history import. An uploaded file is checked and shown row by
 * row; the file is kept in the view until the secretariat confirms, and the service checks it
 * again when it writes, so what changed in between is not imported.
 */
@Named
@ViewScoped
public class HistoryImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HistoryImportService historyImport;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private String fileName;
    private byte[] content;
    private ImportPreview preview;
    private ImportResult result;

    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        byte[] bytes = event.getFile().getContent();
        preview = null;
        result = null;
        content = null;
        if (serviceCall.run("upload", "file", () -> preview = historyImport.preview(name, bytes))) {
            fileName = name;
            content = bytes;
        }
    }

    public void confirm() {
        if (serviceCall.run("preview", () -> result = historyImport.importGoodRows(fileName, content))) {
            preview = result.checked();
            content = null; // imported: the same file cannot be confirmed twice from this page
            messages.info("history.imported", result.importedCount(), result.skippedRows().size());
        }
    }

    /** There is a preview with at least one row to import, not yet imported. */
    public boolean isConfirmable() {
        return preview != null && preview.hasGoodRows() && content != null;
    }

    /** Why a row is skipped, in the page's language. */
    public String reasons(PreviewRow row) {
        return row.problems().stream().map(problem -> messages.text(problem.messageKey(),
                problem.arguments().toArray())).collect(Collectors.joining(" "));
    }

    public String cell(PreviewRow row, String column) {
        return row.row().cell(HistoryColumn.valueOf(column));
    }

    public boolean isImported() {
        return result != null;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }

    public String getFileName() {
        return fileName;
    }

    public List<PreviewRow> getRows() {
        return preview == null ? List.of() : preview.rows();
    }
}
