package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

class BaseYearInventoryTest {

    @Test
    void totalsScopeOneTheChosenScopeTwoAndScopeThree() {
        BaseYearInventory marketBased = PledgeExamples.inventory(Year.of(2020));
        assertEquals(Emissions.of("25000"), marketBased.scope2());
        assertEquals(Emissions.of("85000"), marketBased.scope12());
        assertEquals(Emissions.of("100000"), marketBased.total());

        BaseYearInventory locationBased = new BaseYearInventory(Year.of(2020), Emissions.of("60000"),
                Emissions.of("35000"), Emissions.of("25000"), Scope2Method.LOCATION_BASED, Emissions.of("15000"),
                Set.of(), Percentage.HUNDRED, Percentage.ZERO);
        assertEquals(Emissions.of("110000"), locationBased.total());
    }

    @Test
    void givesTheShareOfScopeThree() {
        assertEquals(Percentage.of("15"), PledgeExamples.inventory(Year.of(2020)).scope3Share());
    }

    @Test
    void keepsCoveredCategoriesInGhgProtocolOrderAndUnmodifiable() {
        BaseYearInventory inventory = new BaseYearInventory(Year.of(2020), Emissions.ZERO, Emissions.ZERO,
                Emissions.ZERO, Scope2Method.MARKET_BASED, Emissions.ZERO,
                Set.of(Scope3Category.INVESTMENTS, Scope3Category.CAPITAL_GOODS), Percentage.HUNDRED, Percentage.ZERO);
        assertEquals(List.of(Scope3Category.CAPITAL_GOODS, Scope3Category.INVESTMENTS),
                List.copyOf(inventory.coveredScope3Categories()));
        assertThrows(UnsupportedOperationException.class,
                () -> inventory.coveredScope3Categories().add(Scope3Category.FRANCHISES));
        assertEquals(Percentage.ZERO, inventory.scope3Share());
    }
}
