package id.satudata.hub.catalog.api.record;

import java.io.IOException;
import java.util.List;
import org.jooq.Record;

/**
 * Writes rows as RFC 4180 CSV: a header row of the column names, CRLF line ends, and a field quoted (quotes
 * doubled) when it holds a comma, quote or line break. A null value is an empty field and an empty text is
 * {@code ""}, so that tools that tell them apart (PostgreSQL's {@code COPY ... CSV}) read back what was stored.
 * Values are {@link CellText}.
 */
final class CsvWriter {

    private final Appendable out;
    private final List<FieldColumn> columns;

    CsvWriter(Appendable out, List<FieldColumn> columns) {
        this.out = out;
        this.columns = columns;
    }

    void header() throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            separate(i);
            cell(columns.get(i).name());
        }
        out.append("\r\n");
    }

    /** Writes a row whose first values are those of the columns, in order. */
    void row(Record row) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            separate(i);
            cell(CellText.of(columns.get(i).kind(), row.get(i)));
        }
        out.append("\r\n");
    }

    private void separate(int index) throws IOException {
        if (index > 0) {
            out.append(',');
        }
    }

    private void cell(String text) throws IOException {
        if (text == null) {
            return;
        }
        if (text.isEmpty()) {
            out.append("\"\"");
        } else if (needsQuotes(text)) {
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            out.append(text);
        }
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
