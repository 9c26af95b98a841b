package id.satudata.hub.catalog.api.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * A column value as the Avro value the conform engine produced ({@code ConformedData}'s model): dates as
 * {@code LocalDate}, timestamps as {@code Instant}, decimals as {@code BigDecimal} of the schema's scale, enums as
 * symbols, bytes and fixed as such, and nested values (stored as JSON text) read back with {@link NestedAvro}.
 */
final class AvroValues {

    /** Nested decimals keep their digits: read as {@code BigDecimal}, never through a double. */
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private AvroValues() {}

    static Object of(FieldColumn column, Object value) {
        if (value == null) {
            return null;
        }
        Schema type = column.type();
        return switch (column.kind()) {
            case ENUM -> new GenericData.EnumSymbol(type, value);
            case TIMESTAMP -> ((OffsetDateTime) value).toInstant();
            case DECIMAL -> decimal(type, (BigDecimal) value);
            case BYTES -> type.getType() == Schema.Type.FIXED
                    ? new GenericData.Fixed(type, (byte[]) value)
                    : ByteBuffer.wrap((byte[]) value);
            case JSON -> nested(type, (String) value);
            default -> value;
        };
    }

    static BigDecimal decimal(Schema type, BigDecimal value) {
        int scale = ((LogicalTypes.Decimal) type.getLogicalType()).getScale();
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    private static Object nested(Schema type, String json) {
        try {
            return NestedAvro.value(type, JSON.readTree(json));
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("A nested value in the store is not JSON: " + json, notJson);
        }
    }
}
