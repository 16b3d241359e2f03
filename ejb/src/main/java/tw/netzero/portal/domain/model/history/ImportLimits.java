package tw.netzero.portal.domain.model.history;

/**
 * How large an import file may be: its size in bytes, and its data rows. A spreadsheet of the
 * alliance's whole history (51 founding members since 2005) has about a thousand rows.
 */
public record ImportLimits(long maxBytes, int maxRows) {

    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 5000;

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("Import limits must be positive: " + maxBytes + " bytes, " + maxRows + " rows");
        }
    }
}
