package id.satudata.hub.catalog.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * A record key back as a record of the dataset's key schema, each value typed as the schema says: the inverse of
 * {@link RecordKey#of}. For outlets that send keys as records, without reading the payload of an upsert, and for
 * a delete, which has no payload to read them from.
 */
public final class KeyRecords {

    private KeyRecords() {}

    /**
     * @param keySchema the record of the key fields in key order, as {@code DatasetKeySchema} makes it
     * @throws StoreException when the key does not have a value of the right type for each key field
     */
    public static GenericRecord of(String recordKey, Schema keySchema) {
        List<String> values = RecordKey.parse(recordKey);
        List<Schema.Field> fields = keySchema.getFields();
        if (values.size() != fields.size()) {
            throw invalid(recordKey, "has " + values.size() + " values for " + fields.size() + " key fields");
        }
        GenericData.Record record = new GenericData.Record(keySchema);
        for (int i = 0; i < fields.size(); i++) {
            try {
                record.put(i, value(fields.get(i).schema(), values.get(i)));
            } catch (RuntimeException notOfItsType) {
                throw invalid(
                        recordKey,
                        "has no " + fields.get(i).schema() + " for "
                                + fields.get(i).name());
            }
        }
        return record;
    }

    /** The value {@link RecordKey#render} rendered, as the conformed record held it. */
    private static Object value(Schema schema, String text) {
        return switch (ColumnKind.of(schema)) {
            case STRING -> schema.getType() == Schema.Type.ENUM ? new GenericData.EnumSymbol(schema, text) : text;
            case INT -> Integer.valueOf(text);
            case LONG -> Long.valueOf(text);
            case FLOAT -> Float.valueOf(text);
            case DOUBLE -> Double.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case DATE -> LocalDate.parse(text);
            case TIMESTAMP -> Instant.parse(text);
            case DECIMAL -> new BigDecimal(text).setScale(((LogicalTypes.Decimal) schema.getLogicalType()).getScale());
            case BYTES -> ByteBuffer.wrap(HexFormat.of().parseHex(text));
            case JSON -> throw new IllegalArgumentException("no key field is a record, array or map");
        };
    }

    private static StoreException invalid(String recordKey, String problem) {
        return new StoreException(StoreException.Code.INVALID_RECORD, "record key '" + recordKey + "' " + problem);
    }
}
