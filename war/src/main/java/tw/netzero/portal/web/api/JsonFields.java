package tw.netzero.portal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Year;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * Field writers for the API's JSON: every field is always present (null when there is no value),
 * amounts are JSON numbers (tCO2e with up to three decimals, per cent with up to two), years are
 * numbers, dates and instants ISO-8601 strings, enumerations their constant names.
 */
final class JsonFields {

    /**
     * One factory for all builders: each {@code Json.createObjectBuilder()} looks the JSON provider
     * up again through the class loaders (ServiceLoader), which took half of an API request's CPU
     * in the profile (docs/performance.md).
     */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFields() {
    }

    static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    static JsonReader reader(Reader json) {
        return READERS.createReader(json);
    }

    static JsonObjectBuilder text(JsonObjectBuilder json, String name, Object value) {
        return value == null ? json.addNull(name) : json.add(name, value.toString());
    }

    static JsonObjectBuilder number(JsonObjectBuilder json, String name, BigDecimal value) {
        return value == null ? json.addNull(name) : json.add(name, value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros());
    }

    static JsonObjectBuilder tonnes(JsonObjectBuilder json, String name, Emissions value) {
        return number(json, name, value == null ? null : value.tonnes());
    }

    static JsonObjectBuilder percent(JsonObjectBuilder json, String name, Percentage value) {
        return number(json, name, value == null ? null : value.value());
    }

    static JsonObjectBuilder year(JsonObjectBuilder json, String name, Year value) {
        return value == null ? json.addNull(name) : json.add(name, value.getValue());
    }

    /** A LocalDate or an Instant, ISO-8601 ({@code 2024-06-30}, {@code 2024-06-30T01:02:03Z}). */
    static JsonObjectBuilder date(JsonObjectBuilder json, String name, TemporalAccessor value) {
        return text(json, name, value);
    }
}
