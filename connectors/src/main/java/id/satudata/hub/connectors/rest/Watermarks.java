package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.ingest.SourceRecord;
import java.math.BigDecimal;
import java.util.List;

/**
 * The highest value of a record field, the watermark an incremental REST source sends on its next run. Values
 * compare as numbers when both are numbers, else as text, which orders ISO-8601 dates and times of the same form.
 */
final class Watermarks {

    private Watermarks() {}

    /** The higher of two watermarks; {@code null} is lower than any. */
    static String max(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return compare(a, b) >= 0 ? a : b;
    }

    /** The highest value of the field among the records (ignoring those without it), or {@code current}. */
    static String max(String current, List<SourceRecord> records, String field) {
        String highest = current;
        for (SourceRecord record : records) {
            Object value = record.raw().get(field);
            if (value != null) {
                highest = max(highest, value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
            }
        }
        return highest;
    }

    private static int compare(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException notBothNumbers) {
            return a.compareTo(b);
        }
    }
}
