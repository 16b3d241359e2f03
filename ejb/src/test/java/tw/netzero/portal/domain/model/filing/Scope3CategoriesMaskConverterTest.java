package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** The mask V12 fills from the scope 3 lines: bit n-1 for category n. */
class Scope3CategoriesMaskConverterTest {

    private final Scope3CategoriesMaskConverter converter = new Scope3CategoriesMaskConverter();

    @Test
    void categoryNIsBitNMinusOne() {
        assertEquals(1, converter.convertToDatabaseColumn(Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES)));
        assertEquals(16384 + 8, converter.convertToDatabaseColumn(
                Set.of(Scope3Category.INVESTMENTS, Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION)));
        assertEquals(0, converter.convertToDatabaseColumn(Set.of()));
    }

    @Test
    void readsBackWhatItWrote() {
        Set<Scope3Category> all = EnumSet.allOf(Scope3Category.class);
        assertEquals(all, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(all)));
        assertEquals(Set.of(), converter.convertToEntityAttribute(null));
    }
}
