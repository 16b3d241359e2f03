package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import tw.netzero.portal.domain.model.shared.Emissions;

/** Stores {@link Emissions} as tonnes CO2e in a DECIMAL(15,3) column; reading applies its rules again. */
@Converter(autoApply = true)
public class EmissionsConverter implements AttributeConverter<Emissions, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Emissions emissions) {
        return emissions == null ? null : emissions.tonnes();
    }

    @Override
    public Emissions convertToEntityAttribute(BigDecimal tonnes) {
        return tonnes == null ? null : Emissions.of(tonnes);
    }
}
