package id.satudata.hub.catalog.store;

import org.apache.avro.generic.GenericRecord;

/**
 * A change with its record key, in source order.
 *
 * @param ordinal position of the change in its batch, from 0
 * @param record the new record, or {@code null} for a delete
 */
record KeyedChange(int ordinal, String key, GenericRecord record) {

    boolean isDelete() {
        return record == null;
    }
}
