package tw.netzero.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A stored UTC instant as Taiwan time, e.g. "2026-03-02 09:30", and back. */
@FacesConverter("portal.instant")
public class TaiwanTimeConverter implements Converter<Instant> {

    public static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TAIWAN);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), MINUTES).atZone(TAIWAN).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new ConverterException(notATime.getMessage(), notATime);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : MINUTES.format(value);
    }
}
