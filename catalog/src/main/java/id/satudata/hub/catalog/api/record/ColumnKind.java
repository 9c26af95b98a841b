package id.satudata.hub.catalog.api.record;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/** How an Avro field is stored in its dataset table (TABLES.md), and so how it is read, filtered and rendered. */
public enum ColumnKind {
    STRING("string"),
    ENUM("an enum symbol"),
    INT("an int"),
    LONG("a long"),
    FLOAT("a float"),
    DOUBLE("a double"),
    BOOLEAN("a boolean (true or false)"),
    DATE("a date (yyyy-MM-dd)"),
    TIMESTAMP("a timestamp (ISO-8601 with offset, e.g. 2024-01-31T08:00:00Z)"),
    DECIMAL("a decimal number"),
    BYTES("bytes"),
    /** Records, arrays, maps and non-nullable unions, stored as JSON text. */
    JSON("JSON");

    private final String expected;

    ColumnKind(String expected) {
        this.expected = expected;
    }

    /** How to name the kind in a message about a value that does not fit it. */
    String expected() {
        return expected;
    }

    /** Whether an equality filter on a column of this kind means something. */
    public boolean filterable() {
        return this != BYTES && this != JSON;
    }

    static ColumnKind of(Schema type) {
        LogicalType logical = type.getLogicalType();
        if (logical instanceof LogicalTypes.Decimal) {
            return DECIMAL;
        }
        if (logical instanceof LogicalTypes.Date) {
            return DATE;
        }
        if (logical instanceof LogicalTypes.TimestampMillis || logical instanceof LogicalTypes.TimestampMicros) {
            return TIMESTAMP;
        }
        return switch (type.getType()) {
            case STRING -> STRING;
            case ENUM -> ENUM;
            case INT -> INT;
            case LONG -> LONG;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            case BYTES, FIXED -> BYTES;
            case RECORD, ARRAY, MAP, UNION, NULL -> JSON;
        };
    }

    DataType<?> dataType(Schema type) {
        return switch (this) {
            case STRING, ENUM -> SQLDataType.VARCHAR;
            case INT -> SQLDataType.INTEGER;
            case LONG -> SQLDataType.BIGINT;
            case FLOAT -> SQLDataType.REAL;
            case DOUBLE -> SQLDataType.DOUBLE;
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case DATE -> SQLDataType.LOCALDATE;
            case TIMESTAMP -> SQLDataType.TIMESTAMPWITHTIMEZONE;
            case DECIMAL -> {
                LogicalTypes.Decimal decimal = (LogicalTypes.Decimal) type.getLogicalType();
                yield SQLDataType.NUMERIC(decimal.getPrecision(), decimal.getScale());
            }
            case BYTES -> SQLDataType.VARBINARY;
            case JSON -> SQLDataType.CLOB;
        };
    }
}
