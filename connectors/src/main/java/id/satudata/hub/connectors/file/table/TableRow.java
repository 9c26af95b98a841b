package id.satudata.hub.connectors.file.table;

import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.conform.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of a table as a raw record: values by header name, an empty value read as absent. The values are the
 * reader's own list, not copied, because conform reads every mapped field of every row.
 *
 * @param line where the row is in its file (line, sheet row or table row, 1-based), for messages
 */
public record TableRow(Header header, List<String> values, long line) implements RawRecord {

    @Override
    public Object get(String field) {
        int position = header.position(field);
        if (position < 0 || position >= values.size()) {
            return null;
        }
        String value = values.get(position);
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String name = i < header.size() ? header.name(i) : "column_" + (i + 1);
            map.putIfAbsent(name, values.get(i));
        }
        return map;
    }

    /**
     * This row as the {@code index}-th record of its file: unreadable when it has a value in a column without header,
     * or, when {@code allValuesRequired} (CSV, where every row writes every delimiter), fewer values than columns.
     * Spreadsheets leave trailing empty cells out, so there a short row is only a row with empty cells.
     */
    public SourceRecord toRecord(long index, boolean allValuesRequired) {
        if ((allValuesRequired && values.size() < header.size()) || !onlyEmptyExtras()) {
            return new SourceRecord(index, this, wrongValueCount());
        }
        return SourceRecord.of(index, this);
    }

    private boolean onlyEmptyExtras() {
        for (int i = header.size(); i < values.size(); i++) {
            String extra = values.get(i);
            if (extra != null && !extra.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private Violation wrongValueCount() {
        return new Violation(
                "*",
                null,
                "columns",
                "line " + line + " has " + values.size() + " values but the header has " + header.size() + " columns");
    }
}
