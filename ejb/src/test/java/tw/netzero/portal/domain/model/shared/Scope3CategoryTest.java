package tw.netzero.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Scope3CategoryTest {

    @Test
    void numbersTheFifteenCategoriesInGhgProtocolOrder() {
        Scope3Category[] categories = Scope3Category.values();
        assertEquals(15, categories.length);
        for (int i = 0; i < categories.length; i++) {
            assertEquals(i + 1, categories[i].number());
            assertEquals(categories[i], Scope3Category.ofNumber(i + 1));
        }
        assertEquals(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Scope3Category.ofNumber(1));
        assertEquals(Scope3Category.USE_OF_SOLD_PRODUCTS, Scope3Category.ofNumber(11));
        assertEquals(Scope3Category.INVESTMENTS, Scope3Category.ofNumber(15));
    }

    @Test
    void rejectsNumbersOutsideOneToFifteen() {
        assertThrows(IllegalArgumentException.class, () -> Scope3Category.ofNumber(0));
        assertThrows(IllegalArgumentException.class, () -> Scope3Category.ofNumber(16));
    }
}
