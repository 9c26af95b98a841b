package id.satudata.hub.connectors.cdc;

import id.satudata.hub.schemas.conform.RawRecord;
import java.util.Collections;
import java.util.Map;

/** A row image of a change event (column to plain value), as the conform step reads it. */
record ChangeRow(Map<String, Object> values) implements RawRecord {

    ChangeRow {
        values = Collections.unmodifiableMap(values);
    }

    @Override
    public Object get(String field) {
        return values.get(field);
    }

    @Override
    public Map<String, Object> asMap() {
        return values;
    }
}
