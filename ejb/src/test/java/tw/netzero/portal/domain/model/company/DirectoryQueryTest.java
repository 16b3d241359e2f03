package tw.netzero.portal.domain.model.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.DirectoryQuery.SortField;

class DirectoryQueryTest {

    @Test
    void blankNameFilterMeansNoFilter() {
        assertNull(DirectoryQuery.of(null, "   ", SortField.NAME_EN, true, 0, 10).nameContains());
    }

    @Test
    void boundsThePageAndDefaultsTheSort() {
        DirectoryQuery query = DirectoryQuery.of(null, null, null, true, -5, 10_000);
        assertEquals(0, query.first());
        assertEquals(DirectoryQuery.MAX_PAGE_SIZE, query.pageSize());
        assertEquals(SortField.NAME_EN, query.sortField());
    }

    @Test
    void refusesAnOutOfRangePageWhenBuiltDirectly() {
        assertThrows(IllegalArgumentException.class,
                () -> new DirectoryQuery(null, null, SortField.NAME_EN, true, 0, 0));
    }

    @Test
    void shortensAnOverlongNameFilter() {
        String longName = "x".repeat(500);
        assertEquals(DirectoryQuery.MAX_NAME_FILTER_LENGTH,
                DirectoryQuery.of(null, longName, SortField.NAME_EN, true, 0, 10).nameContains().length());
    }
}
