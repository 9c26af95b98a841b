package id.satudata.hub.schemas.conform.coerce;

import java.util.EnumSet;
import java.util.Set;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/** The Avro types a field can be conformed to; records, arrays, maps and other unions are out of scope. */
public enum TargetType {
    STRING("string"),
    INT("int"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double"),
    BOOLEAN("boolean"),
    BYTES("bytes"),
    ENUM("enum"),
    DECIMAL("decimal"),
    DATE("date"),
    TIMESTAMP_MILLIS("timestamp-millis"),
    TIMESTAMP_MICROS("timestamp-micros");

    public static final Set<TargetType> NUMERIC = EnumSet.of(INT, LONG, FLOAT, DOUBLE, DECIMAL);
    public static final Set<TargetType> TIMESTAMPS = EnumSet.of(TIMESTAMP_MILLIS, TIMESTAMP_MICROS);

    private final String label;

    TargetType(String label) {
        this.label = label;
    }

    /** The target type of a (non-union) schema, or {@code null} when the conform engine cannot fill it. */
    public static TargetType of(Schema schema) {
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.Decimal) {
            return DECIMAL;
        }
        if (logical instanceof LogicalTypes.Date) {
            return DATE;
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return TIMESTAMP_MILLIS;
        }
        if (logical instanceof LogicalTypes.TimestampMicros) {
            return TIMESTAMP_MICROS;
        }
        if (logical != null && !logical.getName().equals("uuid")) {
            return null; // time-of-day, local timestamps, durations: not produced by any source yet
        }
        return switch (schema.getType()) {
            case STRING -> STRING;
            case INT -> INT;
            case LONG -> LONG;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            case BYTES -> BYTES;
            case ENUM -> ENUM;
            default -> null;
        };
    }

    /** The name used in messages and CONFORM.md, e.g. {@code timestamp-millis}. */
    public String label() {
        return label;
    }
}
