package tw.netzero.portal.domain.model.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class DirectoryRequestTest {

    private static DirectoryRequest parse(Map<String, String> parameters) {
        return DirectoryRequest.parse(parameters::get, DirectorySort.NAME_EN);
    }

    @Test
    void readsEveryParameterAndWritesThemBack() {
        Map<String, String> parameters = Map.of("q", "鋼", "group", "circular-economy", "pledge", "approved",
                "alignment", "well-below-2c", "from", "2028", "to", "2032", "track", "on-track", "sort", "net-zero-year",
                "order", "desc", "page", "3");
        DirectoryRequest request = parse(parameters);

        assertEquals(IndustryGroup.CIRCULAR_ECONOMY, request.filter().group());
        assertEquals(Alignment.WELL_BELOW_TWO_C, request.filter().alignment());
        assertEquals(Year.of(2028), request.filter().nearTermFrom());
        assertEquals(DirectorySort.NET_ZERO_YEAR, request.sort());
        assertFalse(request.ascending());
        assertEquals(3, request.page());
        assertEquals(DirectoryRequest.DEFAULT_SIZE, request.size());
        assertEquals(parameters, request.parameters(DirectorySort.NAME_EN));
    }

    @Test
    void blankParametersAreNotSet() {
        assertEquals(DirectoryRequest.DEFAULT, parse(Map.of("q", "  ", "group", "", "page", " ")));
    }

    @Test
    void refusesBadValuesNamingTheParameter() {
        for (Map<String, String> bad : new Map[] {Map.of("size", "0"), Map.of("size", "10000"), Map.of("size", "ten"),
                Map.of("group", "STEEL"), Map.of("from", "20x0"), Map.of("to", "3000"), Map.of("order", "up"),
                Map.of("page", "0"), Map.of("sort", "ubn"), Map.of("q", "x".repeat(101))}) {
            FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> parse(bad), bad::toString);
            assertEquals(bad.keySet().iterator().next(), refused.field());
            assertEquals(DirectoryRequest.INVALID, refused.messageKey());
        }
    }

    @Test
    void sortingByTheSameColumnAgainTurnsTheOrderRoundAndGoesToTheFirstPage() {
        DirectoryRequest byYear = DirectoryRequest.DEFAULT.withPage(4).sortedBy(DirectorySort.NET_ZERO_YEAR);
        assertEquals(1, byYear.page());
        assertEquals(true, byYear.ascending());
        assertFalse(byYear.sortedBy(DirectorySort.NET_ZERO_YEAR).ascending());
    }
}
