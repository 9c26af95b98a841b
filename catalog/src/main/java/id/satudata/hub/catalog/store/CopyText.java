package id.satudata.hub.catalog.store;

import java.math.BigDecimal;
import java.util.HexFormat;

/** Values in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private static final HexFormat HEX = HexFormat.of();

    private CopyText() {}

    /** Appends a record value of a column, converted as {@link ColumnValues} does. */
    static void appendValue(StringBuilder out, DatasetColumn column, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        switch (column.kind()) {
            case STRING -> appendText(out, value.toString());
            case INT, LONG, FLOAT, DOUBLE -> out.append(value);
            case BOOLEAN -> out.append(((Boolean) value) ? 't' : 'f');
            case BYTES -> out.append("\\\\x").append(HEX.formatHex(ColumnValues.bytes(value)));
            case DATE -> out.append(ColumnValues.jdbc(column, value));
            case TIMESTAMP -> out.append(ColumnValues.instant(column, value));
            case DECIMAL -> out.append(toPlain(ColumnValues.decimal(column, value)));
            case JSON -> appendText(out, RecordJson.value(column.schema(), value));
        }
    }

    private static String toPlain(BigDecimal decimal) {
        return decimal.toPlainString();
    }

    /** A text value as COPY reads it, {@code \\N} for null. */
    static String text(String value) {
        if (value == null) {
            return "\\N";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        appendText(out, value);
        return out.toString();
    }

    static void appendText(StringBuilder out, String text) {
        int length = text.length();
        int plain = 0;
        while (plain < length && !special(text.charAt(plain))) {
            plain++;
        }
        // most values need no escaping: one bulk append instead of one per character
        out.append(text, 0, plain);
        for (int i = plain; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\n' || c == '\r' || c == '\t';
    }
}
