package tw.netzero.portal.domain.model.pledge;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** Stores covered scope 3 categories as their GHG Protocol numbers, e.g. "1,4,11". */
@Converter
public class Scope3CategoriesConverter implements AttributeConverter<Set<Scope3Category>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Scope3Category> categories) {
        return categories == null || categories.isEmpty() ? ""
                : categories.stream().map(c -> String.valueOf(c.number())).collect(Collectors.joining(","));
    }

    @Override
    public Set<Scope3Category> convertToEntityAttribute(String numbers) {
        Set<Scope3Category> categories = EnumSet.noneOf(Scope3Category.class);
        if (numbers != null && !numbers.isBlank()) {
            Arrays.stream(numbers.split(",")).map(String::strip).mapToInt(Integer::parseInt)
                    .mapToObj(Scope3Category::ofNumber).forEach(categories::add);
        }
        return categories;
    }
}
