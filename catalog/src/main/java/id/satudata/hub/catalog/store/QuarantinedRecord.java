package id.satudata.hub.catalog.store;

import id.satudata.hub.schemas.conform.Violation;
import java.util.List;
import java.util.Map;

/**
 * A raw record that could not be conformed, kept with every reason so a walidata can fix it.
 *
 * @param index position of the record in its source (row number in a file, 1-based)
 */
public record QuarantinedRecord(long index, Map<String, Object> raw, List<Violation> violations) {
    public QuarantinedRecord {
        violations = List.copyOf(violations);
    }
}
