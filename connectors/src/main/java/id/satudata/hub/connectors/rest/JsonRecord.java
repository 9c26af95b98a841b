package id.satudata.hub.connectors.rest;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.schemas.conform.RawRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object of a page as a raw record: text as {@code String}, whole numbers as {@code Long} (or
 * {@code BigInteger}), other numbers as {@code BigDecimal} (no binary rounding), booleans as {@code Boolean}. Nested
 * objects become dotted names ({@code alamat.kota}) when flattened, or stay JSON text under their own name as
 * arrays always do, so that a mapping can still take them as they are.
 */
final class JsonRecord implements RawRecord {

    private final Map<String, Object> fields;

    private JsonRecord(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    static JsonRecord of(JsonNode object, boolean flatten) {
        Map<String, Object> fields = new LinkedHashMap<>();
        add(fields, "", object, flatten);
        return new JsonRecord(fields);
    }

    private static void add(Map<String, Object> fields, String prefix, JsonNode object, boolean flatten) {
        object.fields().forEachRemaining(field -> {
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (flatten && value.isObject() && !value.isEmpty()) {
                add(fields, name + ".", value, true);
            } else {
                fields.put(name, scalar(value));
            }
        });
    }

    private static Object scalar(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.toString(); // an object or array kept as JSON text
    }

    @Override
    public Object get(String field) {
        Object value = fields.get(field);
        return value instanceof String text && text.isEmpty() ? null : value;
    }

    @Override
    public Map<String, Object> asMap() {
        return fields;
    }
}
