package id.satudata.hub.catalog.api.dataset;

import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;

/** One row of the {@code dataset} table, with its Avro schema parsed. */
public record DatasetEntry(
        String id,
        String title,
        String description,
        String producer,
        List<String> keyFields,
        Schema schema,
        int schemaVersion,
        String tableName,
        long lastSeq,
        long recordCount,
        Instant createdAt,
        Instant updatedAt) {
    public DatasetEntry {
        keyFields = List.copyOf(keyFields);
    }

    /** When the dataset last changed: its last stored change, or its registration while it has no records. */
    public Instant modifiedAt() {
        return updatedAt == null ? createdAt : updatedAt;
    }
}
