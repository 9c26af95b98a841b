package id.satudata.hub.connectors.file.html;

import id.satudata.hub.connectors.file.RecordReader;
import id.satudata.hub.connectors.file.TextFiles;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.file.table.Header;
import id.satudata.hub.connectors.file.table.TableRow;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Streams the rows of an HTML table as records: the "Excel" downloads of statistics portals that are an HTML
 * {@code <table>} saved as {@code .xls}. The first top-level table is read as it renders (see
 * {@link TableBuilder}); its row numbered {@code headerRow} (from 1) is the header and the rows below are records,
 * empty ones passed over. Cell text has its whitespace collapsed, as a browser shows it.
 */
public final class HtmlTableReader implements RecordReader {

    private final String fileName;
    private final Charset encoding;
    private final BufferedReader text;
    private final HtmlTableRows rows;
    private final Header header;
    private long rowNumber;
    private long index;

    public HtmlTableReader(Path file, Charset encoding, int headerRow) {
        this.fileName = String.valueOf(file.getFileName());
        this.encoding = encoding;
        try {
            this.text = TextFiles.open(file, encoding);
            this.rows = new HtmlTableRows(new HtmlTokenizer(text));
            this.header = readHeader(headerRow);
        } catch (IOException | UncheckedIOException e) {
            throw TextFiles.unreadable(fileName, encoding, "before its header", "HTML", e);
        }
    }

    private Header readHeader(int headerRow) throws IOException {
        for (List<String> row = rows.next(); row != null; row = rows.next()) {
            if (++rowNumber == headerRow) {
                if (Header.isBlank(row)) {
                    break;
                }
                return Header.of(row);
            }
        }
        throw new UnreadableFileException(fileName
                + (rows.seenTable()
                        ? ": row " + headerRow
                                + " of its table is missing or empty, so it cannot be the header; declare the"
                                + " header's row number in the pipeline (source.header-row)"
                        : " has no <table>"));
    }

    @Override
    public Optional<List<String>> columns() {
        return Optional.of(header.names());
    }

    @Override
    public SourceRecord next() {
        try {
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                rowNumber++;
                if (!Header.isBlank(row)) {
                    return new TableRow(header, row, rowNumber).toRecord(++index, false);
                }
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            throw TextFiles.unreadable(fileName, encoding, "after data row " + index, "HTML", e);
        }
    }

    @Override
    public void close() {
        try {
            text.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
