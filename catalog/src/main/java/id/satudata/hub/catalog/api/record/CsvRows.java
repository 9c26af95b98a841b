package id.satudata.hub.catalog.api.record;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.Record;

/**
 * A CSV download: UTF-8 text of {@link CsvWriter}, the header row first. Each row is built in one reused buffer and
 * written as bytes whole, copied byte for byte when it is ASCII (nearly always): through a {@code Writer} the same
 * rows took a writer call per cell and a charset encoder pass, and made CSV the slowest format to download.
 */
final class CsvRows implements RowWriter {

    private final OutputStream out;
    private final StringBuilder line = new StringBuilder(512);
    private final CsvWriter csv;
    private byte[] bytes = new byte[512];

    CsvRows(OutputStream out, List<FieldColumn> columns) throws IOException {
        this.out = new BufferedOutputStream(out, 64 * 1024);
        this.csv = new CsvWriter(line, columns);
        csv.header();
        writeLine();
    }

    @Override
    public void write(Record row) throws IOException {
        csv.row(row);
        writeLine();
    }

    private void writeLine() throws IOException {
        int length = line.length();
        if (bytes.length < length) {
            bytes = new byte[length * 2];
        }
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
                line.setLength(0);
                return;
            }
            bytes[i] = (byte) c;
        }
        out.write(bytes, 0, length);
        line.setLength(0);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
