package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;

class Scope3EntryTest {

    @Test
    void aReportedCategoryCarriesItsEmissions() {
        Scope3Entry entry = Scope3Entry.reported(Scope3Category.BUSINESS_TRAVEL, Emissions.of("120.5"));
        assertEquals(Emissions.of("120.5"), entry.emissionsOrZero());
        assertNull(entry.reason());
    }

    @Test
    void anOmittedCategoryCountsAsZeroAndKeepsItsReason() {
        Scope3Entry entry = Scope3Entry.notRelevant(Scope3Category.FRANCHISES, " No franchises. ");
        assertEquals(Emissions.ZERO, entry.emissionsOrZero());
        assertEquals("No franchises.", entry.reason());
        assertNull(entry.emissions());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void notRelevantOrNotEvaluatedNeedsAReason(String reason) {
        assertEquals("filing.scope3.reasonRequired", assertThrows(DomainRuleViolation.class,
                () -> Scope3Entry.notRelevant(Scope3Category.INVESTMENTS, reason)).messageKey());
        assertEquals("filing.scope3.reasonRequired", assertThrows(DomainRuleViolation.class,
                () -> Scope3Entry.notEvaluated(Scope3Category.INVESTMENTS, reason)).messageKey());
    }
}
