package tw.netzero.portal.domain.model.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DirectoryRequestTest {

    @Test
    void sortingByTheSameColumnAgainTurnsTheOrderRoundAndGoesToTheFirstPage() {
        DirectoryRequest byYear = DirectoryRequest.DEFAULT.withPage(4).sortedBy(DirectorySort.NET_ZERO_YEAR);
        assertEquals(1, byYear.page());
        assertEquals(true, byYear.ascending());
        assertFalse(byYear.sortedBy(DirectorySort.NET_ZERO_YEAR).ascending());
    }

    @Test
    void refusesAPageOrSizeOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> DirectoryRequest.DEFAULT.withPage(0));
        assertThrows(IllegalArgumentException.class,
                () -> new DirectoryRequest(DirectoryFilter.NONE, DirectorySort.NAME_EN, true, 1, DirectoryRequest.MAX_SIZE + 1));
    }
}
