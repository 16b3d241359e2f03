package tw.netzero.portal.domain.model.company;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Ubn} as its eight digits. */
@Converter
public class UbnConverter implements AttributeConverter<Ubn, String> {

    @Override
    public String convertToDatabaseColumn(Ubn ubn) {
        return ubn == null ? null : ubn.value();
    }

    @Override
    public Ubn convertToEntityAttribute(String digits) {
        return digits == null ? null : Ubn.of(digits);
    }
}
