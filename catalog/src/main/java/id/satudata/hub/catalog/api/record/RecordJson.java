package id.satudata.hub.catalog.api.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * The one place where a typed row of a dataset table becomes JSON: schema fields in declared order, then
 * {@code _key}, {@code _seq} and {@code _updated_at}. Dates and timestamps are ISO-8601 text, decimals stay numbers
 * (never rounded through a double), bytes are base64, and nested values (stored as JSON text) are JSON again.
 */
@Component
public class RecordJson {

    private final ObjectMapper json;

    RecordJson(ObjectMapper json) {
        this.json = json;
    }

    /** Renders a row selected with {@link DatasetColumns#selection()}, whose values come in that order. */
    public Map<String, Object> toJson(DatasetColumns columns, Record row) {
        Map<String, Object> record = new LinkedHashMap<>();
        List<FieldColumn> fields = columns.fields();
        for (int i = 0; i < fields.size(); i++) {
            record.put(fields.get(i).name(), value(fields.get(i).kind(), row.get(i)));
        }
        record.put("_key", row.get(DatasetColumns.KEY));
        record.put("_seq", row.get(DatasetColumns.SEQ));
        record.put("_updated_at", timestamp(row.get(DatasetColumns.UPDATED_AT)));
        return record;
    }

    private Object value(ColumnKind kind, Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case DATE -> ((LocalDate) value).toString();
            case TIMESTAMP -> timestamp((OffsetDateTime) value);
            case BYTES -> Base64.getEncoder().encodeToString((byte[]) value);
            case JSON -> nested((String) value);
            default -> value;
        };
    }

    private static String timestamp(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }

    private Object nested(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("A nested value in the store is not JSON: " + text, notJson);
        }
    }
}
