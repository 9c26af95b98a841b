package id.satudata.hub.connectors.file;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.schemas.conform.Violation;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams the data rows of a CSV file as source records, one at a time, so a file of any size reads in constant
 * memory. The encoding is decoded strictly: a byte sequence that is not valid in it makes the file unreadable
 * instead of silently becoming a replacement character.
 */
public final class CsvRecordReader implements Closeable {

    private final String fileName;
    private final Charset encoding;
    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> rows;
    private final CsvHeader header;
    private long index;

    /**
     * Opens a file and reads its header; {@code requiredColumns} are the columns the pipeline's mapping reads,
     * so a file without them fails before any row is applied.
     */
    public CsvRecordReader(Path file, CsvFormat format, List<String> requiredColumns) {
        this.fileName = String.valueOf(file.getFileName());
        this.encoding = format.encoding();
        try {
            BufferedReader text = Files.newBufferedReader(file, format.encoding());
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
            this.header = readHeader(requiredColumns);
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw unreadable(e);
        }
    }

    private CsvHeader readHeader(List<String> requiredColumns) {
        if (!rows.hasNext()) {
            throw new UnreadableFileException(fileName + " has no header row");
        }
        CsvHeader read = CsvHeader.of(rows.next().getFields());
        List<String> missing = read.missing(requiredColumns);
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(fileName + ": the header lacks the column(s) " + missing
                    + " that the mapping reads; the header has " + read.names());
        }
        return read;
    }

    /** The next data row, or {@code null} at the end of the file. */
    public SourceRecord next() {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            CsvRow row = new CsvRow(header, rows.next());
            index++;
            if (row.valueCount() < header.size() || !row.onlyEmptyExtras()) {
                return new SourceRecord(index, row, wrongValueCount(row));
            }
            return SourceRecord.of(index, row);
        } catch (UncheckedIOException | CsvParseException e) {
            throw unreadable(e);
        }
    }

    /** Skips data rows already committed by an earlier run of the same file. */
    public void skip(long dataRows) {
        for (long i = 0; i < dataRows && next() != null; i++) {
            // only advancing
        }
    }

    private Violation wrongValueCount(CsvRow row) {
        return new Violation(
                "*",
                null,
                "columns",
                "line " + row.line() + " has " + row.valueCount() + " values but the header has " + header.size()
                        + " columns");
    }

    private UnreadableFileException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        String reason = cause instanceof CharacterCodingException
                ? "is not valid text in the declared encoding " + encoding.name() + " after data row " + index
                        + "; declare the file's encoding in the pipeline (source.encoding, e.g. windows-1252)"
                : "cannot be read as CSV after data row " + index + ": " + cause.getMessage();
        return new UnreadableFileException(fileName + " " + reason, cause);
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
