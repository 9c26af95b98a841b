package id.satudata.hub.connectors.file.html;

import id.satudata.hub.connectors.file.RecordReader;
import id.satudata.hub.connectors.file.TextFiles;
import id.satudata.hub.connectors.file.table.HeaderedRows;
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
 * {@link TableBuilder}); its row numbered {@code headerRow} (from 1) is the header and the rows below are records
 * (see {@link HeaderedRows}). Cell text has its whitespace collapsed, as a browser shows it.
 */
public final class HtmlTableReader implements RecordReader {

    private final String fileName;
    private final Charset encoding;
    private final BufferedReader text;
    private final HeaderedRows records;

    public HtmlTableReader(Path file, Charset encoding, int headerRow) {
        this.fileName = String.valueOf(file.getFileName());
        this.encoding = encoding;
        try {
            this.text = TextFiles.open(file, encoding);
            HtmlTableRows rows = new HtmlTableRows(new HtmlTokenizer(text), fileName);
            this.records = new HeaderedRows(rows, headerRow, fileName, "its table");
        } catch (IOException | UncheckedIOException e) {
            throw TextFiles.unreadable(fileName, encoding, "before its header", "HTML", e);
        }
    }

    @Override
    public Optional<List<String>> columns() {
        return Optional.of(records.columns());
    }

    @Override
    public SourceRecord next() {
        try {
            return records.next();
        } catch (IOException | UncheckedIOException e) {
            throw TextFiles.unreadable(fileName, encoding, "after data row " + records.index(), "HTML", e);
        }
    }

    @Override
    public void close() {
        TextFiles.close(text);
    }
}
