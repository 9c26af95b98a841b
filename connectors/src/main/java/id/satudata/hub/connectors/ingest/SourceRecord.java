package id.satudata.hub.connectors.ingest;

import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.conform.Violation;

/**
 * One record as a source read it, with its position in the source.
 *
 * @param index 1-based position in its source (data row of a file, change of a CDC batch), so a quarantined record
 *     can be found again
 * @param raw the record's values; for a delete, at least the values of the source fields the key is mapped from
 * @param unreadable why the source could not read this record as a whole (a row with the wrong number of
 *     values), or {@code null}; such a record is quarantined without being conformed
 * @param delete whether the source removed this record: only its key is conformed, and the record with that key
 *     is deleted from the store
 */
public record SourceRecord(long index, RawRecord raw, Violation unreadable, boolean delete) {

    public SourceRecord(long index, RawRecord raw, Violation unreadable) {
        this(index, raw, unreadable, false);
    }

    public static SourceRecord of(long index, RawRecord raw) {
        return new SourceRecord(index, raw, null, false);
    }

    /** A record the source deleted, identified by {@code keyValues}. */
    public static SourceRecord delete(long index, RawRecord keyValues) {
        return new SourceRecord(index, keyValues, null, true);
    }
}
