package tw.netzero.portal.domain.model.filing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * Stores a set of scope 3 categories as one integer, bit n-1 for GHG Protocol category n (V12):
 * small enough to sit beside a filing's totals and be read for every member at once.
 */
@Converter
public class Scope3CategoriesMaskConverter implements AttributeConverter<Set<Scope3Category>, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Set<Scope3Category> categories) {
        return categories == null ? null : toMask(categories);
    }

    @Override
    public Set<Scope3Category> convertToEntityAttribute(Integer mask) {
        return fromMask(mask == null ? 0 : mask);
    }

    public static int toMask(Set<Scope3Category> categories) {
        int mask = 0;
        for (Scope3Category category : categories) {
            mask |= 1 << (category.number() - 1);
        }
        return mask;
    }

    public static Set<Scope3Category> fromMask(int mask) {
        Set<Scope3Category> categories = EnumSet.noneOf(Scope3Category.class);
        for (Scope3Category category : Scope3Category.values()) {
            if ((mask & (1 << (category.number() - 1))) != 0) {
                categories.add(category);
            }
        }
        return categories;
    }
}
