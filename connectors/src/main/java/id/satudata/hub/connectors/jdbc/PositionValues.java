package id.satudata.hub.connectors.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Column values in a source position, written with their type so that they are bound back as the same type: a
 * watermark of {@code timestamp} compared as text, or a key of {@code integer} compared as a string, would not
 * work on PostgreSQL. Each value is a type letter and its text; values are separated by {@code ';'}, and a
 * {@code ';'} or {@code '%'} in a text is percent-encoded.
 */
final class PositionValues {

    private PositionValues() {}

    static String write(List<Object> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(token(value));
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException for a token of no known type */
    static List<Object> read(String text) {
        List<Object> values = new ArrayList<>();
        if (text.isEmpty()) {
            return values;
        }
        for (String token : text.split(";", -1)) {
            if (token.isEmpty()) {
                throw new IllegalArgumentException("empty value in '" + text + "'");
            }
            String body = token.substring(1);
            values.add(
                    switch (token.charAt(0)) {
                        case 'I' -> Long.parseLong(body);
                        case 'N' -> new BigDecimal(body);
                        case 'S' -> body.replace("%3B", ";").replace("%25", "%");
                        case 'L' -> LocalDateTime.parse(body);
                        case 'O' -> OffsetDateTime.parse(body);
                        case 'D' -> LocalDate.parse(body);
                        default -> throw new IllegalArgumentException("unknown value type in '" + token + "'");
                    });
        }
        return values;
    }

    private static String token(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return "I" + value;
        }
        if (value instanceof BigDecimal decimal) {
            return "N" + decimal.toPlainString();
        }
        if (value instanceof LocalDateTime || value instanceof OffsetDateTime || value instanceof LocalDate) {
            char type = value instanceof LocalDateTime ? 'L' : value instanceof OffsetDateTime ? 'O' : 'D';
            return type + value.toString();
        }
        if (value instanceof String text) {
            return "S" + text.replace("%", "%25").replace(";", "%3B");
        }
        throw new IllegalArgumentException("a key or timestamp column of type "
                + (value == null
                        ? "null (the column has no value)"
                        : value.getClass().getSimpleName())
                + " cannot be a position; use integer, decimal, text, date or timestamp columns");
    }
}
