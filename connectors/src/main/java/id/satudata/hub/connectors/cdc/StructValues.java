package id.satudata.hub.connectors.cdc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * The columns of a Debezium row image as the plain values the conform step reads from any source: numbers,
 * text, booleans and bytes as they are; dates, times and timestamps (Kafka Connect's logical types, which hold
 * the source's wall-clock values as if in UTC) as {@code java.time} values, and PostgreSQL's
 * {@code timestamptz} (Debezium's ISO text) as an {@link Instant}: typed values need no text parsing in conform,
 * and a text field takes their ISO-8601 form.
 */
final class StructValues {

    private static final String DATE = "org.apache.kafka.connect.data.Date";
    private static final String TIME = "org.apache.kafka.connect.data.Time";
    private static final String TIMESTAMP = "org.apache.kafka.connect.data.Timestamp";
    private static final String ZONED_TIMESTAMP = "io.debezium.time.ZonedTimestamp";

    private StructValues() {}

    static Map<String, Object> of(Struct row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : row.schema().fields()) {
            values.put(field.name(), plain(field, row.get(field)));
        }
        return values;
    }

    private static Object plain(Field field, Object value) {
        if (value instanceof Date date) {
            LocalDateTime wallClock = LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
            String logical = String.valueOf(field.schema().name());
            return switch (logical) {
                case DATE -> LocalDate.from(wallClock);
                case TIME -> LocalTime.from(wallClock);
                case TIMESTAMP -> wallClock;
                default -> date.toInstant();
            };
        }
        if (value instanceof String text
                && ZONED_TIMESTAMP.equals(field.schema().name())) {
            return Instant.parse(text);
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Struct struct) {
            return struct.toString();
        }
        return value;
    }
}
