package id.satudata.hub.connectors.file;

import de.siegmar.fastcsv.reader.CsvRecord;
import id.satudata.hub.schemas.conform.RawRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/** One data row of a CSV file as a raw record: values by header name, an empty value read as absent. */
final class CsvRow implements RawRecord {

    private final CsvHeader header;
    private final CsvRecord row;

    CsvRow(CsvHeader header, CsvRecord row) {
        this.header = header;
        this.row = row;
    }

    @Override
    public Object get(String field) {
        int position = header.position(field);
        if (position < 0 || position >= row.getFieldCount()) {
            return null;
        }
        String value = row.getField(position);
        return value.isEmpty() ? null : value;
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < row.getFieldCount(); i++) {
            String name = i < header.size() ? header.name(i) : "column_" + (i + 1);
            values.putIfAbsent(name, row.getField(i));
        }
        return values;
    }

    int valueCount() {
        return row.getFieldCount();
    }

    /** Whether every value past the header's columns is empty, as a trailing delimiter leaves them. */
    boolean onlyEmptyExtras() {
        for (int i = header.size(); i < row.getFieldCount(); i++) {
            if (!row.getField(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    long line() {
        return row.getStartingLineNumber();
    }
}
