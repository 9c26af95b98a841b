package id.satudata.hub.catalog.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericFixed;

/** Conform output values (TABLES.md) as JDBC values of a dataset column, and the comparison of stored ones. */
final class ColumnValues {

    private ColumnValues() {}

    /** The JDBC value of a record value, typed as {@link DatasetColumn#dataType} reads it back. */
    static Object jdbc(DatasetColumn column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.kind()) {
            case STRING -> value.toString();
            case INT -> ((Number) value).intValue();
            case LONG -> ((Number) value).longValue();
            case FLOAT -> ((Number) value).floatValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case BOOLEAN -> (Boolean) value;
            case BYTES -> bytes(value);
            case DATE -> value instanceof Integer days ? LocalDate.ofEpochDay(days) : (LocalDate) value;
            case TIMESTAMP -> OffsetDateTime.ofInstant(instant(column, value), ZoneOffset.UTC);
            case DECIMAL -> decimal(column, value);
            case JSON -> RecordJson.value(column.schema(), value);
        };
    }

    /** The instant of a timestamp value, from an {@link Instant} or from epoch millis or micros. */
    static Instant instant(DatasetColumn column, Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        long epoch = ((Number) value).longValue();
        return column.schema().getLogicalType() instanceof LogicalTypes.TimestampMicros
                ? Instant.EPOCH.plusNanos(epoch * 1000)
                : Instant.ofEpochMilli(epoch);
    }

    static BigDecimal decimal(DatasetColumn column, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        int scale = ((LogicalTypes.Decimal) column.schema().getLogicalType()).getScale();
        return new BigDecimal(new BigInteger(bytes(value)), scale);
    }

    /** The bytes of a {@link ByteBuffer} (without moving it) or of a fixed value. */
    static byte[] bytes(Object value) {
        if (value instanceof GenericFixed fixed) {
            return fixed.bytes().clone();
        }
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Whether a stored JDBC value equals a new one, by value (decimal scale and time zone do not matter). */
    static boolean same(Object stored, Object fresh) {
        if (stored == null || fresh == null) {
            return stored == fresh;
        }
        if (stored instanceof BigDecimal a && fresh instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (stored instanceof OffsetDateTime a && fresh instanceof OffsetDateTime b) {
            return a.isEqual(b);
        }
        if (stored instanceof byte[] a && fresh instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        return stored.equals(fresh);
    }
}
