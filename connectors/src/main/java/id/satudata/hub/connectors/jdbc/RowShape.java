package id.satudata.hub.connectors.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a result, shared by its rows: their names, and how each is read so that dates and times come as
 * {@code java.time} values whatever the driver's default ({@code timestamptz} as an offset date-time, a
 * {@code timestamp} as a local one).
 */
final class RowShape {

    private final String[] names;
    private final Class<?>[] types;
    private final Map<String, Integer> index = new HashMap<>();

    RowShape(ResultSetMetaData metadata) throws SQLException {
        int count = metadata.getColumnCount();
        names = new String[count];
        types = new Class<?>[count];
        for (int i = 0; i < count; i++) {
            names[i] = metadata.getColumnLabel(i + 1);
            types[i] = javaType(metadata.getColumnType(i + 1), metadata.getColumnTypeName(i + 1));
            index.putIfAbsent(names[i].toLowerCase(Locale.ROOT), i);
        }
        for (int i = 0; i < count; i++) {
            index.put(names[i], i);
        }
    }

    private static Class<?> javaType(int sqlType, String typeName) {
        return switch (sqlType) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.class;
            case Types.TIMESTAMP -> "timestamptz".equalsIgnoreCase(typeName)
                    ? OffsetDateTime.class
                    : LocalDateTime.class;
            case Types.DATE -> LocalDate.class;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> LocalTime.class;
            default -> null;
        };
    }

    /** The values of the result's current row. */
    Object[] read(ResultSet rows) throws SQLException {
        Object[] values = new Object[names.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = types[i] == null ? rows.getObject(i + 1) : rows.getObject(i + 1, types[i]);
        }
        return values;
    }

    int size() {
        return names.length;
    }

    String name(int column) {
        return names[column];
    }

    /** The column of a name as written, else ignoring case; -1 when there is none. */
    int indexOf(String name) {
        Integer exact = index.get(name);
        if (exact != null) {
            return exact;
        }
        return index.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    /** The columns of the names, in their order. */
    int[] indexesOf(List<String> wanted, String relation) {
        int[] columns = new int[wanted.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = indexOf(wanted.get(i));
            if (columns[i] < 0) {
                throw new IllegalStateException(
                        "column " + wanted.get(i) + " is not among the columns of " + relation + ": " + List.of(names));
            }
        }
        return columns;
    }
}
