package id.satudata.hub.catalog.api.record;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * A column value as text, the way a filter value is written, so that CSV cells and cursors read back with
 * {@link RecordFilters#convert} to the same value: dates ISO-8601, timestamps as UTC instants, decimals in plain
 * notation with their scale, floating point numbers in Java's shortest round-tripping form, bytes base64, nested
 * values their stored JSON text.
 */
final class CellText {

    private CellText() {}

    /** The text of a value, or {@code null} for null. */
    static String of(ColumnKind kind, Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case TIMESTAMP -> ((OffsetDateTime) value).toInstant().toString();
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case BYTES -> Base64.getEncoder().encodeToString((byte[]) value);
            default -> value.toString();
        };
    }
}
