package tw.netzero.portal.web.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectorySort;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

class DirectoryParametersTest {

    private static DirectoryRequest parse(Map<String, String> parameters) {
        return DirectoryParameters.parse(parameters::get, DirectorySort.NAME_EN);
    }

    @Test
    void readsEveryParameterAndWritesThemBack() {
        Map<String, String> parameters = Map.ofEntries(Map.entry("q", "鋼"), Map.entry("group", "circular-economy"),
                Map.entry("pledge", "approved"), Map.entry("alignment", "well-below-2c"), Map.entry("from", "2028"),
                Map.entry("to", "2032"), Map.entry("track", "on-track"), Map.entry("sort", "net-zero-year"),
                Map.entry("order", "desc"), Map.entry("page", "3"), Map.entry("scope12", "1.5c"),
                Map.entry("scope3", "not-aligned"));
        DirectoryRequest request = parse(parameters);

        assertEquals(IndustryGroup.CIRCULAR_ECONOMY, request.filter().group());
        assertEquals(Alignment.WELL_BELOW_TWO_C, request.filter().alignment());
        assertEquals(Alignment.ONE_POINT_FIVE_C, request.filter().scope12Alignment());
        assertEquals(Alignment.NOT_ALIGNED, request.filter().scope3Alignment());
        assertEquals(Year.of(2028), request.filter().nearTermFrom());
        assertEquals(DirectorySort.NET_ZERO_YEAR, request.sort());
        assertFalse(request.ascending());
        assertEquals(3, request.page());
        assertEquals(DirectoryRequest.DEFAULT_SIZE, request.size());
        assertEquals(parameters, DirectoryParameters.of(request, DirectorySort.NAME_EN));
    }

    @Test
    void blankParametersAreNotSet() {
        assertEquals(DirectoryRequest.DEFAULT, parse(Map.of("q", "  ", "group", "", "page", " ")));
    }

    @Test
    void refusesBadValuesNamingTheParameter() {
        for (Map<String, String> bad : new Map[] {Map.of("size", "0"), Map.of("size", "10000"), Map.of("size", "ten"),
                Map.of("group", "STEEL"), Map.of("from", "20x0"), Map.of("to", "3000"), Map.of("order", "up"),
                Map.of("page", "0"), Map.of("sort", "ubn"), Map.of("scope12", "1.5C"), Map.of("scope3", "2"), Map.of("q", "x".repeat(101))}) {
            FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> parse(bad), bad::toString);
            assertEquals(bad.keySet().iterator().next(), refused.field());
            assertEquals(DirectoryParameters.INVALID, refused.messageKey());
        }
    }
}
