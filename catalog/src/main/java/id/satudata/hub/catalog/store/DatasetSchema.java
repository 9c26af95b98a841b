package id.satudata.hub.catalog.store;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The schema a dataset's records conform to now.
 *
 * @param version the number of that schema in the dataset's value subject of the registry
 */
public record DatasetSchema(String datasetId, int version, Schema schema, List<String> keyFields) {
    public DatasetSchema {
        keyFields = List.copyOf(keyFields);
    }
}
