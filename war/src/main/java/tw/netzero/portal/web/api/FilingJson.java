package tw.netzero.portal.web.api;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response.Status;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import tw.netzero.portal.application.filing.FilingDetails;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingDraft.Assurance;
import tw.netzero.portal.domain.model.filing.FilingDraft.Scope3Figure;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * The member filing API's JSON: a filing's figures as the filing form takes them, named as
 * {@link FilingDraft} names them ({@code scope1}, {@code scope2LocationBased}, …; {@code scope3}
 * keyed by the GHG Protocol category number, {@code verification} by scope), read into a
 * {@link FilingDraft}; and the answer after a submission. Only the JSON's shape is checked here
 * (types, names, known categories); the rules are the service's. The year's activity data
 * ({@code productionOutput} with {@code productionUnit}, {@code netRevenueMillionNtd}) is optional.
 */
final class FilingJson {

    private static final Set<String> FIELDS = Set.of("scope1", "scope2LocationBased", "scope2MarketBased",
            "energyMwh", "renewableSharePercent", "reductionActions", "scope3", "verification", "productionOutput",
            "productionUnit", "netRevenueMillionNtd");
    private static final Set<String> SCOPE3_FIELDS = Set.of("status", "tonnes", "reason");
    private static final Set<String> VERIFICATION_FIELDS = Set.of("level", "verifier", "standard");

    private FilingJson() {
    }

    /** The draft in the body; refuses malformed JSON and fields of the wrong type or name (400, naming the field). */
    static FilingDraft draftOf(String body) {
        JsonObject json;
        try (JsonReader reader = JsonFields.reader(new StringReader(body == null ? "" : body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new ApiProblem(Status.BAD_REQUEST,
                    "The body must be one JSON object with the filing's figures.");
        }
        return draftOf(json);
    }

    /** The draft in one JSON object (the body of a PUT, or one filing of a batch). */
    static FilingDraft draftOf(JsonObject json) {
        onlyKnown(json, FIELDS, "");
        return new FilingDraft(amount(json, "scope1", ""), amount(json, "scope2LocationBased", ""),
                amount(json, "scope2MarketBased", ""),
                keyed(json, "scope3", Scope3Category.class, FilingJson::category, FilingJson::scope3Figure),
                amount(json, "energyMwh", ""), amount(json, "renewableSharePercent", ""),
                text(json, "reductionActions", ""),
                keyed(json, "verification", Scope.class, FilingJson::scope, FilingJson::assurance),
                amount(json, "productionOutput", ""), text(json, "productionUnit", ""),
                amount(json, "netRevenueMillionNtd", ""));
    }

    /** What the member's software needs to know after a submission. */
    static JsonObject submitted(String ubn, FilingDetails filing) {
        JsonObjectBuilder json = JsonFields.object()
                .add("ubn", ubn)
                .add("id", filing.id())
                .add("revision", filing.revision())
                .add("version", filing.version())
                .add("status", filing.status().name());
        JsonFields.year(json, "year", filing.reportingYear());
        JsonFields.date(json, "submittedAt", filing.submittedAt());
        JsonFields.tonnes(json, "totalTonnes", filing.totalEmissions());
        return json.build();
    }

    /**
     * A filing as the GET of the member filing API answers: the PUT body's fields as filed so far,
     * with its id, revision, version, status and total (null while incomplete), and the year's
     * intensity (decision 0042; null while incomplete).
     */
    static JsonObject filed(String ubn, FilingDetails filing) {
        FilingDraft draft = filing.draft();
        JsonObjectBuilder json = JsonFields.object()
                .add("ubn", ubn)
                .add("id", filing.id())
                .add("revision", filing.revision())
                .add("version", filing.version())
                .add("status", filing.status().name());
        JsonFields.year(json, "year", filing.reportingYear());
        JsonFields.date(json, "submittedAt", filing.submittedAt());
        JsonFields.tonnes(json, "totalTonnes", filing.totalEmissions());
        JsonFields.number(json, "scope1", draft.scope1());
        JsonFields.number(json, "scope2LocationBased", draft.scope2LocationBased());
        JsonFields.number(json, "scope2MarketBased", draft.scope2MarketBased());
        JsonFields.number(json, "energyMwh", draft.energyMwh());
        JsonFields.number(json, "renewableSharePercent", draft.renewableSharePercent());
        JsonFields.text(json, "reductionActions", draft.reductionActions());
        JsonObjectBuilder scope3 = JsonFields.object();
        draft.scope3().forEach((category, figure) -> {
            JsonObjectBuilder line = JsonFields.object();
            JsonFields.text(line, "status", figure.status());
            JsonFields.number(line, "tonnes", figure.tonnes());
            scope3.add(String.valueOf(category.number()), JsonFields.text(line, "reason", figure.reason()));
        });
        json.add("scope3", scope3);
        JsonObjectBuilder verification = JsonFields.object();
        draft.verification().forEach((scope, assurance) -> {
            JsonObjectBuilder line = JsonFields.object();
            JsonFields.text(line, "level", assurance.level());
            JsonFields.text(line, "verifier", assurance.verifier());
            verification.add(scope.name(), JsonFields.text(line, "standard", assurance.standard()));
        });
        json.add("verification", verification);
        JsonFields.number(json, "productionOutput", draft.productionOutput());
        JsonFields.text(json, "productionUnit", draft.productionUnit());
        JsonFields.number(json, "netRevenueMillionNtd", draft.netRevenueMillionNtd());
        if (filing.intensity() != null) {
            json.add("intensity", MemberJson.intensity(filing.intensity()));
        } else {
            json.addNull("intensity");
        }
        return json.build();
    }

    private static Scope3Figure scope3Figure(JsonObject json, String path) {
        onlyKnown(json, SCOPE3_FIELDS, path);
        return new Scope3Figure(constant(json, "status", Scope3EntryStatus.class, path), amount(json, "tonnes", path),
                text(json, "reason", path));
    }

    private static Assurance assurance(JsonObject json, String path) {
        onlyKnown(json, VERIFICATION_FIELDS, path);
        return new Assurance(constant(json, "level", AssuranceLevel.class, path), text(json, "verifier", path),
                text(json, "standard", path));
    }

    private static Scope3Category category(String key) {
        try {
            return Scope3Category.ofNumber(Integer.parseInt(key));
        } catch (IllegalArgumentException notACategory) {
            return null;
        }
    }

    private static Scope scope(String key) {
        try {
            return Scope.valueOf(key);
        } catch (IllegalArgumentException notAScope) {
            return null;
        }
    }

    /** An object keyed by category or scope, each value an object read by {@code read}. */
    private static <K extends Enum<K>, V> Map<K, V> keyed(JsonObject json, String name, Class<K> keys,
                                                            Function<String, K> key,
                                                            BiFunction<JsonObject, String, V> read) {
        Map<K, V> values = new EnumMap<>(keys);
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return values;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(name, "an object keyed by " + (keys == Scope.class ? "scope" : "category number"));
        }
        value.asJsonObject().forEach((entryName, entry) -> {
            String path = name + "." + entryName;
            K entryKey = key.apply(entryName);
            if (entryKey == null) {
                throw wrongType(path, keys == Scope.class ? "not a scope (SCOPE_1, SCOPE_2, SCOPE_3)"
                        : "not a scope 3 category number (1 to 15)");
            }
            if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                throw wrongType(path, "must be an object");
            }
            values.put(entryKey, read.apply(entry.asJsonObject(), path));
        });
        return values;
    }

    private static BigDecimal amount(JsonObject json, String name, String path) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw wrongType(pathOf(path, name), "must be a number");
        }
        BigDecimal amount = number.bigDecimalValue();
        // Far beyond any rule's limit: refused here, before a huge exponent costs anything.
        if (amount.precision() - amount.scale() > FilingDraft.AMOUNT_INTEGER_DIGITS + 3 || amount.scale() > 100) {
            throw wrongType(pathOf(path, name), "out of range");
        }
        return amount;
    }

    private static String text(JsonObject json, String name, String path) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw wrongType(pathOf(path, name), "must be a string");
        }
        return string.getString();
    }

    private static <E extends Enum<E>> E constant(JsonObject json, String name, Class<E> type, String path) {
        String text = text(json, name, path);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw wrongType(pathOf(path, name), "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    private static void onlyKnown(JsonObject json, Set<String> known, String path) {
        json.keySet().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(unknown -> {
            throw wrongType(pathOf(path, unknown), "unknown field");
        });
    }

    private static String pathOf(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static ApiProblem wrongType(String field, String reason) {
        return ApiProblem.invalidField(field, reason + ".");
    }
}
