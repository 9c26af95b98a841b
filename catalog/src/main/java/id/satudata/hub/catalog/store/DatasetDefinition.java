package id.satudata.hub.catalog.store;

import java.util.List;
import org.apache.avro.Schema;

/**
 * A dataset as declared by its producer: identity, metadata, key and the Avro schema its records conform to.
 *
 * @param id lower-case id, {@code [a-z0-9][a-z0-9-]*}; also names the dataset's table
 * @param producer the agency (OPD) that publishes the dataset
 * @param keyFields schema fields whose values identify a record; their joined values are the record key
 */
public record DatasetDefinition(
        String id, String title, String description, String producer, List<String> keyFields, Schema schema) {
    public DatasetDefinition {
        keyFields = List.copyOf(keyFields);
    }
}
