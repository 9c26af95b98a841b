package id.satudata.hub.catalog.api.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * The one place where a typed row of a dataset table becomes a JSON object of the records API: the chosen columns
 * in order (by default schema fields, then {@code _key}, {@code _seq} and {@code _updated_at}). Dates and
 * timestamps are ISO-8601 text ({@link CellText}), decimals stay numbers (never rounded through a double), bytes
 * are base64, and nested values (stored as JSON text) are JSON again.
 */
@Component
public class RecordJson {

    private final ObjectMapper json;

    RecordJson(ObjectMapper json) {
        this.json = json;
    }

    /** Renders a row whose first values are those of {@code columns}, in that order. */
    public Map<String, Object> toJson(List<FieldColumn> columns, Record row) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            record.put(columns.get(i).name(), value(columns.get(i).kind(), row.get(i)));
        }
        return record;
    }

    private Object value(ColumnKind kind, Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case DATE, TIMESTAMP, BYTES -> CellText.of(kind, value);
            case JSON -> nested((String) value);
            default -> value;
        };
    }

    private Object nested(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("A nested value in the store is not JSON: " + text, notJson);
        }
    }
}
