package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Year;

/** Stores a {@link Year} as its number in an INT column (EclipseLink 4.0 would serialise it). */
@Converter(autoApply = true)
public class YearConverter implements AttributeConverter<Year, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Year year) {
        return year == null ? null : year.getValue();
    }

    @Override
    public Year convertToEntityAttribute(Integer value) {
        return value == null ? null : Year.of(value);
    }
}
