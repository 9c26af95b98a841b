package id.satudata.hub.catalog.store;

import org.apache.avro.generic.GenericRecord;

/** One change to apply to a dataset's authoritative copy, in source order. */
public sealed interface RecordChange {

    /** Insert or replace the record with the same key; a record equal to the stored one changes nothing. */
    record Upsert(GenericRecord record) implements RecordChange {}

    /** Remove the record with this key, if present. */
    record Delete(String key) implements RecordChange {}
}
