package id.satudata.hub.connectors.file.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.satudata.hub.connectors.file.CountedText;
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
 * Streams the data rows of a CSV file as source records, one at a time, so a file of any size reads in constant
 * memory. The header is the first row after {@code skipLines} that names anything, so the empty {@code ;;;} line
 * some BPS exports put above their header is passed over; a missing delimiter is detected from the file first.
 */
public final class CsvRecordReader implements RecordReader {

    private final String fileName;
    private final Charset encoding;
    private final CsvFormat format;
    private final CountedText text;
    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> rows;
    private final Header header;
    private long index;

    public CsvRecordReader(Path file, CsvFormat declared) {
        this.fileName = String.valueOf(file.getFileName());
        this.encoding = declared.encoding();
        try {
            this.format = declared.delimiter() != null ? declared : declared.withDelimiter(detect(file, declared));
            this.text = TextFiles.open(file, format.encoding());
            this.csv = CsvReader.builder()
                    .fieldSeparator(format.delimiter())
                    .quoteCharacter(format.quote())
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(text);
            if (format.skipLines() > 0) {
                csv.skipLines(format.skipLines());
            }
            this.rows = csv.iterator();
            this.header = readHeader();
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw unreadable(e);
        }
    }

    private Character detect(Path file, CsvFormat declared) throws IOException {
        try (BufferedReader text = TextFiles.open(file, declared.encoding())) {
            for (int i = 0; i < declared.skipLines(); i++) {
                text.readLine();
            }
            return DelimiterSniffer.detect(text, declared.quote(), fileName);
        }
    }

    private Header readHeader() {
        while (rows.hasNext()) {
            List<String> fields = rows.next().getFields();
            if (!Header.isBlank(fields)) {
                return Header.of(fields);
            }
        }
        throw new UnreadableFileException(fileName + " has no header row");
    }

    @Override
    public Optional<List<String>> columns() {
        return Optional.of(header.names());
    }

    /** The delimiter this file is read with, as declared or detected. */
    public char delimiter() {
        return format.delimiter();
    }

    @Override
    public SourceRecord next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            CsvRecord row = rows.next();
            return new TableRow(header, row.getFields(), row.getStartingLineNumber()).toRecord(++index, true);
        } catch (UncheckedIOException | CsvParseException e) {
            throw unreadable(e);
        }
    }

    private UnreadableFileException unreadable(Exception e) {
        return TextFiles.unreadable(fileName, encoding, "after data row " + index, "CSV", e);
    }

    @Override
    public long bytesRead() {
        return text.bytesRead();
    }

    @Override
    public void close() {
        TextFiles.close(csv);
    }
}
