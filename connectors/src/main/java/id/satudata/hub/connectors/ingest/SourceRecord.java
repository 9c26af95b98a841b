package id.satudata.hub.connectors.ingest;

import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.conform.Violation;

/**
 * One record as a source read it, with its position in the source.
 *
 * @param index 1-based position in its source (data row of a file), so a quarantined record can be found again
 * @param unreadable why the source could not read this record as a whole (a row with the wrong number of
 *     values), or {@code null}; such a record is quarantined without being conformed
 */
public record SourceRecord(long index, RawRecord raw, Violation unreadable) {

    public static SourceRecord of(long index, RawRecord raw) {
        return new SourceRecord(index, raw, null);
    }
}
