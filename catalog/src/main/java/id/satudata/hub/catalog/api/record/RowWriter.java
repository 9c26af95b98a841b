package id.satudata.hub.catalog.api.record;

import java.io.IOException;
import org.jooq.Record;

/** Writes the rows of a download, one at a time, to the response as they are read; never holds more than one. */
interface RowWriter {

    /** Writes a row read with {@link RecordQuery#selected()}. */
    void write(Record row) throws IOException;

    /** Writes what follows the last row and flushes, leaving the response stream open. */
    void finish() throws IOException;

    /** Opens the writer once the rows can be read, so a query that fails still leaves the response unwritten. */
    @FunctionalInterface
    interface Opener {
        RowWriter open() throws IOException;
    }
}
