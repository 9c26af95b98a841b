package id.satudata.hub.connectors.file.table;

import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.IOException;
import java.util.List;

/**
 * The records of a sheet or HTML table whose header is the row a pipeline declares ({@code header-row}): rows above
 * it are titles and are passed over, rows below it are records, empty ones passed over, and a short row is a row
 * with empty trailing cells, as spreadsheets leave them out.
 */
public final class HeaderedRows {

    private final NumberedRows rows;
    private final Header header;
    private long index;

    /** Reads up to the header row; {@code table} names where it is, for the message when it is not there. */
    public HeaderedRows(NumberedRows rows, int headerRow, String fileName, String table) throws IOException {
        this.rows = rows;
        this.header = readHeader(headerRow, fileName, table);
    }

    private Header readHeader(int headerRow, String fileName, String table) throws IOException {
        for (List<String> row = rows.next(); row != null && rows.number() <= headerRow; row = rows.next()) {
            if (rows.number() == headerRow && !Header.isBlank(row)) {
                return Header.of(row);
            }
        }
        throw new UnreadableFileException(fileName + ": row " + headerRow + " of " + table + " is missing or empty,"
                + " so it cannot be the header; declare the header's row number in the pipeline (source.header-row)");
    }

    public List<String> columns() {
        return header.names();
    }

    /** The next record, or {@code null} after the last row. */
    public SourceRecord next() throws IOException {
        for (List<String> row = rows.next(); row != null; row = rows.next()) {
            if (!Header.isBlank(row)) {
                return new TableRow(header, row, rows.number()).toRecord(++index, false);
            }
        }
        return null;
    }

    /** Records read so far, for messages. */
    public long index() {
        return index;
    }
}
