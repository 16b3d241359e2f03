package tw.netzero.portal.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectorySort;

class DirectoryColumnsTest {

    @Test
    void showsEveryColumnWithoutAChoiceAndSaysNothingInTheAddress() {
        DirectoryColumns columns = DirectoryColumns.parse(null);
        assertTrue(columns.isAll());
        assertEquals(List.of(), columns.parameters());
        assertEquals("directory-table", columns.tableClass());
        assertEquals("", MemberDirectoryView.query(DirectoryRequest.DEFAULT, DirectorySort.NAME_EN, columns));
    }

    @Test
    void hidesTheColumnsLeftOutByClassesOnTheTable() {
        DirectoryColumns columns = DirectoryColumns.parse(new String[] {"track", "pledge"});
        assertTrue(columns.isShown("company"), "the name always shows");
        assertTrue(columns.isShown("pledge"));
        assertFalse(columns.isShown("scope3Alignment"));
        assertEquals(List.of("pledge", "track"), columns.parameters(), "in the table's order");
        assertTrue(columns.tableClass().startsWith("directory-table hide-industryGroup hide-memberSince hide-alignment"),
                columns.tableClass());
        assertFalse(columns.tableClass().contains("hide-track"));
        assertFalse(columns.tableClass().contains("hide-pledge"));
    }

    @Test
    void pagerAndSortLinksCarryTheChoice() {
        DirectoryColumns columns = DirectoryColumns.parse(new String[] {"net-zero-year,track"});
        assertEquals("?page=2&cols=net-zero-year&cols=track",
                MemberDirectoryView.query(DirectoryRequest.DEFAULT.withPage(2), DirectorySort.NAME_EN, columns));
    }

    @Test
    void ignoresUnknownColumnsAndShowsEveryColumnWhenNoneIsKnown() {
        assertEquals(List.of("track"), DirectoryColumns.parse(new String[] {"track", "<script>"}).parameters());
        assertTrue(DirectoryColumns.parse(new String[] {"nonsense"}).isAll());
        assertTrue(DirectoryColumns.parse(new String[] {"group", "member-since", "pledge", "alignment",
                "scope12-alignment", "scope3-alignment", "near-term-year", "net-zero-year", "latest-year", "track"}).isAll(),
                "every box ticked is the default address");
    }
}
