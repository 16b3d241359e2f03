package tw.netzero.portal.domain.model.company;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the public asked the directory for: optional filters, one sort, and a page.
 * Built only through {@link #of}, which normalises the filters and bounds the page.
 */
public record DirectoryQuery(
        IndustryGroup industryGroup,
        String nameContains,
        SortField sortField,
        boolean ascending,
        int first,
        int pageSize) implements Serializable {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_NAME_FILTER_LENGTH = 100;

    /** The columns a visitor may sort by; anything else falls back to the English name. */
    public enum SortField {
        NAME_EN, NAME_ZH, INDUSTRY_GROUP, DISTRICT, JOINED_ON
    }

    public DirectoryQuery {
        Objects.requireNonNull(sortField, "sortField");
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ": " + pageSize);
        }
    }

    public static DirectoryQuery of(IndustryGroup industryGroup, String nameContains, SortField sortField,
                                    boolean ascending, int first, int pageSize) {
        String name = nameContains == null ? null : nameContains.strip();
        if (name != null && name.length() > MAX_NAME_FILTER_LENGTH) {
            name = name.substring(0, MAX_NAME_FILTER_LENGTH);
        }
        return new DirectoryQuery(industryGroup, name == null || name.isEmpty() ? null : name,
                sortField == null ? SortField.NAME_EN : sortField, ascending,
                Math.max(0, first), Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE));
    }

    /** The first page of everything, sorted by English name. */
    public static DirectoryQuery firstPage(int pageSize) {
        return of(null, null, SortField.NAME_EN, true, 0, pageSize);
    }
}
