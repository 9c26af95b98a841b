package id.satudata.hub.catalog.dataset;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The Avro schema of a dataset's record key, registered under its key subject: a record of the key fields, as
 * the value schema declares them, named after the value record with {@code Key} appended. Kafka consumers
 * decode the message key with it.
 */
public final class DatasetKeySchema {

    private DatasetKeySchema() {}

    public static Schema of(Schema valueSchema, List<String> keyFields) {
        List<Schema.Field> fields = keyFields.stream()
                .map(name -> new Schema.Field(
                        valueSchema.getField(name), valueSchema.getField(name).schema()))
                .toList();
        return Schema.createRecord(
                valueSchema.getName() + "Key",
                "The key of " + valueSchema.getFullName() + " records",
                valueSchema.getNamespace(),
                false,
                fields);
    }
}
