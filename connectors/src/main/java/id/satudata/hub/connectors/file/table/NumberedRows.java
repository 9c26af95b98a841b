package id.satudata.hub.connectors.file.table;

import java.io.IOException;
import java.util.List;

/** The rows of a sheet or HTML table, each with the number its user sees beside it (from 1, maybe with gaps). */
public interface NumberedRows {

    /** The next row's values, or {@code null} after the last row. */
    List<String> next() throws IOException;

    /** The number of the row {@link #next} returned last. */
    long number();
}
