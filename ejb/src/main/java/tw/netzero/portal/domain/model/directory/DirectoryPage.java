package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One page of the directory as asked for, with how many rows match in all, and the data
 * version and time it was read from (for ETag and Last-Modified).
 */
public record DirectoryPage(DirectoryRequest request, List<DirectoryRow> rows, int matching,
                            DirectorySummary summary, String dataTag, Instant asOf) implements Serializable {

    public int pageCount() {
        return Math.max(1, (matching + request.size() - 1) / request.size());
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }

    public boolean hasNext() {
        return request.page() < pageCount();
    }

    /** One-based position of the first row shown (0 when none). */
    public int firstShown() {
        return rows.isEmpty() ? 0 : (request.page() - 1) * request.size() + 1;
    }

    public int lastShown() {
        return rows.isEmpty() ? 0 : firstShown() + rows.size() - 1;
    }
}
