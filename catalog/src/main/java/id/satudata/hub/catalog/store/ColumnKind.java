package id.satudata.hub.catalog.store;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/** How an Avro field is kept in a dataset table column (TABLES.md, Avro to SQL). */
enum ColumnKind {
    STRING,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    BOOLEAN,
    BYTES,
    DATE,
    TIMESTAMP,
    DECIMAL,
    /** Records, arrays and maps, kept as their JSON text. */
    JSON;

    /** The kind of a non-null field schema. */
    static ColumnKind of(Schema schema) {
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.Decimal) {
            return DECIMAL;
        }
        if (logical instanceof LogicalTypes.Date) {
            return DATE;
        }
        if (logical instanceof LogicalTypes.TimestampMillis || logical instanceof LogicalTypes.TimestampMicros) {
            return TIMESTAMP;
        }
        return switch (schema.getType()) {
            case STRING, ENUM -> STRING;
            case INT -> INT;
            case LONG -> LONG;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            case BYTES, FIXED -> BYTES;
            case RECORD, ARRAY, MAP -> JSON;
            default -> throw new StoreException(
                    StoreException.Code.INVALID_DATASET, "unsupported field type " + schema.getType());
        };
    }
}
