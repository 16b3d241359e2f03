package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;

/**
 * What a visitor asked the directory for: filters, one sort, one page. How it is read from and
 * written back into a URL is the web layer's business (web.publicdata.DirectoryParameters).
 *
 * @param page one-based
 */
public record DirectoryRequest(DirectoryFilter filter, DirectorySort sort, boolean ascending, int page, int size)
        implements Serializable {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static final DirectoryRequest DEFAULT =
            new DirectoryRequest(DirectoryFilter.NONE, DirectorySort.NAME_EN, true, 1, DEFAULT_SIZE);

    public DirectoryRequest {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    public DirectoryRequest withPage(int newPage) {
        return new DirectoryRequest(filter, sort, ascending, newPage, size);
    }

    /** Sorted by the column; again by the same column turns the order round, as a table header does. */
    public DirectoryRequest sortedBy(DirectorySort column) {
        return new DirectoryRequest(filter, column, column != sort || !ascending, 1, size);
    }
}
