package id.satudata.hub.connectors.file.json;

import id.satudata.hub.schemas.conform.RawRecord;
import java.util.Collections;
import java.util.Map;

/**
 * One JSON object as a raw record, flattened by {@link JsonObjects}: nested objects as dotted names
 * ({@code wilayah.kode}), arrays as their JSON text, scalars as JSON gives them (text, exact numbers, booleans).
 * An empty text is absent, as an empty CSV value is.
 */
record JsonRecord(Map<String, Object> fields) implements RawRecord {

    @Override
    public Object get(String field) {
        Object value = fields.get(field);
        return value instanceof String text && text.isEmpty() ? null : value;
    }

    @Override
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(fields);
    }
}
