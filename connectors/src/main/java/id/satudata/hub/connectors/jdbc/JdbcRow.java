package id.satudata.hub.connectors.jdbc;

import id.satudata.hub.schemas.conform.RawRecord;
import java.nio.ByteBuffer;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One source row as conform reads it: numbers, booleans, dates and offset date-times as they are; a local
 * date-time or time as ISO text, which the mapping's zone places in time; anything else as its text.
 */
final class JdbcRow implements RawRecord {

    private final RowShape shape;
    private final Object[] values;

    JdbcRow(RowShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /** The value of a column as read, for positions. */
    Object column(int index) {
        return values[index];
    }

    @Override
    public Object get(String field) {
        int index = shape.indexOf(field);
        return index < 0 ? null : forConform(values[index]);
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < shape.size(); i++) {
            map.put(shape.name(i), forConform(values[i]));
        }
        return map;
    }

    private static Object forConform(Object value) {
        if (value == null
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof String
                || value instanceof LocalDate
                || value instanceof OffsetDateTime) {
            return value;
        }
        if (value instanceof LocalDateTime || value instanceof LocalTime) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes);
        }
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("a text value cannot be read: " + e.getMessage(), e);
            }
        }
        return value.toString();
    }
}
