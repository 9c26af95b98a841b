package id.satudata.hub.connectors.file;

import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * Streams the records of one file, one at a time and in the same order on every read, whatever the file's format:
 * {@link FileIngestion} only counts records, so a file resumes after its committed records by skipping them. A
 * record the format cannot read on its own (a row with the wrong number of values, a malformed JSON line) comes back
 * with its {@link SourceRecord#unreadable() reason}; a file that cannot be read any further throws
 * {@link UnreadableFileException}. Not thread-safe: one reader per file.
 */
public interface RecordReader extends Closeable {

    /** The next record, or {@code null} at the end of the file. */
    SourceRecord next();

    /**
     * The fields every record has, known before the first record (a header row), or empty for a format without a
     * header (JSON), whose records each name their own fields.
     */
    Optional<List<String>> columns();

    /**
     * How many bytes of the file were read so far, for a long load's progress; {@code -1} for a format that cannot
     * tell (an XLSX workbook is unzipped, not read front to back).
     */
    default long bytesRead() {
        return -1;
    }

    /** Skips records already committed by an earlier run of the same file. */
    default void skip(long records) {
        for (long i = 0; i < records && next() != null; i++) {
            // only advancing
        }
    }

    @Override
    void close();
}
