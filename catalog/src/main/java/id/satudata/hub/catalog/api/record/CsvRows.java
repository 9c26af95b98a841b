package id.satudata.hub.catalog.api.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.Record;

/** A CSV download: UTF-8 text of {@link CsvWriter}, the header row first. */
final class CsvRows implements RowWriter {

    private final Writer text;
    private final CsvWriter csv;

    CsvRows(OutputStream out, List<FieldColumn> columns) throws IOException {
        this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.csv = new CsvWriter(text, columns);
        csv.header();
    }

    @Override
    public void write(Record row) throws IOException {
        csv.row(row);
    }

    @Override
    public void finish() throws IOException {
        text.flush();
    }
}
