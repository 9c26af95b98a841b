package id.satudata.hub.connectors.ingest;

/**
 * How far one run of a long load has come, reported once per batch so that reporting costs nothing per row.
 *
 * @param rowsRead rows read by this run so far
 * @param rowsTotal the rows the run will read as the source knew it when the run started (an estimate: rows may come
 *     and go while it runs), or {@code null} when the source cannot say cheaply (a CSV file)
 * @param bytesRead bytes of the file read so far, or {@code null} when the source is no file or the format reads it
 *     otherwise (XLSX)
 * @param bytesTotal the file's size, or {@code null} when the source is no file
 */
public record LoadProgress(long rowsRead, Long rowsTotal, Long bytesRead, Long bytesTotal) {

    /** A run of a source that counts rows only. */
    public static LoadProgress rows(long rowsRead, Long rowsTotal) {
        return new LoadProgress(rowsRead, rowsTotal, null, null);
    }
}
