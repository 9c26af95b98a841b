package id.satudata.hub.catalog.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;

/**
 * A record as a JSON object (a change read back from the log, a record or array column), written by hand because it can run once per stored
 * record: dates ISO-8601, timestamps ISO instants, decimals JSON numbers with their scale, bytes base64.
 */
public final class RecordJson {

    private RecordJson() {}

    public static String of(GenericRecord record) {
        StringBuilder json = new StringBuilder(256);
        writeRecord(json, record.getSchema(), record);
        return json.toString();
    }

    /** One value of a field schema as JSON, for columns that keep records, arrays and maps as text. */
    static String value(Schema schema, Object value) {
        StringBuilder json = new StringBuilder(64);
        write(json, schema, value);
        return json.toString();
    }

    private static void writeRecord(StringBuilder json, Schema schema, GenericRecord record) {
        json.append('{');
        boolean first = true;
        for (Schema.Field field : schema.getFields()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            writeString(json, field.name());
            json.append(':');
            write(json, field.schema(), record.get(field.pos()));
        }
        json.append('}');
    }

    private static void write(StringBuilder json, Schema schema, Object value) {
        if (value == null) {
            json.append("null");
            return;
        }
        if (schema.getType() == Schema.Type.UNION) {
            schema = branchFor(schema, value);
        }
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.Date && value instanceof Integer days) {
            value = LocalDate.ofEpochDay(days);
        } else if (logical instanceof LogicalTypes.TimestampMillis && value instanceof Long millis) {
            value = Instant.ofEpochMilli(millis);
        } else if (logical instanceof LogicalTypes.TimestampMicros && value instanceof Long micros) {
            value = Instant.EPOCH.plusNanos(micros * 1000);
        }
        if (value instanceof BigDecimal decimal) {
            json.append(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Double number) {
            writeFloating(json, number, number.isNaN() || number.isInfinite());
        } else if (value instanceof Float number) {
            writeFloating(json, number, number.isNaN() || number.isInfinite());
        } else if (value instanceof ByteBuffer || value instanceof GenericFixed) {
            writeString(json, Base64.getEncoder().encodeToString(ColumnValues.bytes(value)));
        } else if (value instanceof GenericRecord nested) {
            writeRecord(json, nested.getSchema(), nested);
        } else if (value instanceof Collection<?> items) {
            writeArray(json, schema.getElementType(), items);
        } else if (value instanceof Map<?, ?> entries) {
            writeMap(json, schema.getValueType(), entries);
        } else {
            writeString(json, value.toString());
        }
    }

    private static void writeFloating(StringBuilder json, Number number, boolean notFinite) {
        if (notFinite) {
            writeString(json, number.toString());
        } else {
            json.append(number);
        }
    }

    private static void writeArray(StringBuilder json, Schema elementType, Collection<?> items) {
        json.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                json.append(',');
            }
            first = false;
            write(json, elementType, item);
        }
        json.append(']');
    }

    private static void writeMap(StringBuilder json, Schema valueType, Map<?, ?> entries) {
        json.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            writeString(json, entry.getKey().toString());
            json.append(':');
            write(json, valueType, entry.getValue());
        }
        json.append('}');
    }

    private static Schema branchFor(Schema union, Object value) {
        for (Schema branch : union.getTypes()) {
            if (branch.getType() != Schema.Type.NULL) {
                return branch;
            }
        }
        return union;
    }

    static void writeString(StringBuilder json, String text) {
        json.append('"');
        int plain = plainPrefix(text);
        // most values need no escaping: one bulk append instead of one per character
        json.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00")
                                .append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 0xF, 16));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** How many leading characters of a text need no JSON escaping. */
    private static int plainPrefix(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return i;
            }
        }
        return length;
    }
}
