package id.satudata.hub.catalog.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.avro.generic.GenericRecord;

/**
 * The text key of a record: its key field values in declared order, joined with {@code ':'}; a {@code ':'} or
 * {@code '%'} inside a value is percent-encoded so that every key parses back into its values.
 */
public final class RecordKey {

    private static final char SEPARATOR = ':';

    private RecordKey() {}

    /** The key of a record, or a {@link StoreException} when a key field has no value. */
    public static String of(GenericRecord record, List<String> keyFields) {
        if (keyFields.size() == 1) {
            return encode(render(required(record, keyFields.get(0))));
        }
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < keyFields.size(); i++) {
            if (i > 0) {
                key.append(SEPARATOR);
            }
            key.append(encode(render(required(record, keyFields.get(i)))));
        }
        return key.toString();
    }

    /** The key made of already rendered values, such as the path segments of an API request. */
    public static String join(List<String> values) {
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                key.append(SEPARATOR);
            }
            key.append(encode(values.get(i)));
        }
        return key.toString();
    }

    /** The values of a key, decoded, in key field order. */
    public static List<String> parse(String key) {
        List<String> values = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || key.charAt(i) == SEPARATOR) {
                values.add(decode(key.substring(start, i)));
                start = i + 1;
            }
        }
        return values;
    }

    /** A key value as text: dates ISO-8601, decimals plain, bytes hex, everything else its string form. */
    public static String render(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof ByteBuffer bytes) {
            return HexFormat.of().formatHex(ColumnValues.bytes(bytes));
        }
        return value.toString();
    }

    private static Object required(GenericRecord record, String field) {
        Object value = record.get(field);
        if (value == null) {
            throw new StoreException(StoreException.Code.INVALID_RECORD, "key field '" + field + "' has no value");
        }
        return value;
    }

    private static String encode(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf('%') < 0) {
            return value;
        }
        return value.replace("%", "%25").replace(":", "%3A");
    }

    private static String decode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        return value.replace("%3A", ":").replace("%3a", ":").replace("%25", "%");
    }
}
