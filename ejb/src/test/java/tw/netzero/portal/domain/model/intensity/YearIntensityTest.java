package tw.netzero.portal.domain.model.intensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.filing.Scope3Entry;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Scope3Category;

class YearIntensityTest {

    private static final Year Y2024 = Year.of(2024);

    /** Scope 1 70,000; scope 2 15,000 market-based, 20,000 location-based; scope 3 50,000 (not counted). */
    private static ReportingYearFigures figures(String revenue, String output, String unit) {
        return new ReportingYearFigures(Y2024, Emissions.of("70000"), Emissions.of("20000"), Emissions.of("15000"),
                List.of(Scope3Entry.reported(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Emissions.of("50000"))),
                output == null ? null : new BigDecimal(output), unit, revenue == null ? null : new BigDecimal(revenue));
    }

    @Test
    void scope1And2PerMillionNtdBothWaysWithoutScope3() {
        YearIntensity intensity = YearIntensity.of(figures("40000", null, null));

        assertEquals(new BigDecimal("2.125"), intensity.perMillionNtdMarketBased().tonnesPerUnit());
        assertEquals(new BigDecimal("2.250"), intensity.perMillionNtdLocationBased().tonnesPerUnit());
        assertNull(intensity.perUnitMarketBased());
        assertTrue(intensity.hasActivity());
    }

    @Test
    void scope1And2PerUnitOfOutput() {
        YearIntensity intensity = YearIntensity.of(figures(null, "42500", "t of steel"));

        assertEquals(new BigDecimal("2.000"), intensity.perUnitMarketBased().tonnesPerUnit());
        assertEquals(new BigDecimal("2.118"), intensity.perUnitLocationBased().tonnesPerUnit());
        assertNull(intensity.perMillionNtdMarketBased());
        assertEquals("t of steel", intensity.productionUnit());
    }

    @Test
    void withoutRevenueOrOutputThereIsNoIntensity() {
        YearIntensity intensity = YearIntensity.of(figures(null, null, null));

        assertFalse(intensity.hasActivity());
        assertNull(intensity.perMillionNtdMarketBased());
        assertNull(intensity.perMillionNtdLocationBased());
        assertNull(intensity.perUnitMarketBased());
        assertNull(intensity.perUnitLocationBased());
    }

    @Test
    void outputWithoutItsUnitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new YearIntensity(Y2024, Emissions.of("1"), Emissions.of("1"),
                null, BigDecimal.TEN, null));
    }
}
