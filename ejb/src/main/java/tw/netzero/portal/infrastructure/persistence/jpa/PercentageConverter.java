package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Percentage;

/** Stores a {@link Percentage} as its value from 0 to 100 in a DECIMAL(5,2) column. */
@Converter(autoApply = true)
public class PercentageConverter implements AttributeConverter<Percentage, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Percentage percentage) {
        return percentage == null ? null : percentage.value();
    }

    @Override
    public Percentage convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : Percentage.of(value);
    }
}
