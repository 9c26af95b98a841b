package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.Dataset;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads a dataset's row under lock and its layout, parsing each schema once. */
final class DatasetLayouts {

    /** The dataset as locked by a batch transaction. */
    record Locked(DatasetLayout layout, long lastSeq) {}

    private record Cached(String schemaJson, String keyFields, int schemaVersion, DatasetLayout layout) {}

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** Locks the dataset row until the transaction ends: batches of one dataset take sequences one at a time. */
    Locked lock(DSLContext tx, String datasetId) {
        Record row = datasetRow(tx, datasetId, true);
        return new Locked(layoutOf(datasetId, row), row.get(Dataset.LAST_SEQ));
    }

    /**
     * The dataset's layout as it is now, without a lock, to prepare a batch outside its transaction; the batch
     * transaction checks it is still the same ({@link #lock}).
     */
    DatasetLayout current(DSLContext dsl, String datasetId) {
        // the layout the last batch locked; reading the row again per batch would only repeat the lock's read
        Cached cached = cache.get(datasetId);
        return cached != null ? cached.layout() : layoutOf(datasetId, datasetRow(dsl, datasetId, false));
    }

    /** The dataset's layout as its row says now, without a lock. */
    DatasetLayout read(DSLContext dsl, String datasetId) {
        return layoutOf(datasetId, datasetRow(dsl, datasetId, false));
    }

    private static Record datasetRow(DSLContext dsl, String datasetId, boolean forUpdate) {
        var select = dsl.select(Dataset.SCHEMA_JSON, Dataset.KEY_FIELDS, Dataset.SCHEMA_VERSION, Dataset.LAST_SEQ)
                .from(Dataset.TABLE)
                .where(Dataset.ID.eq(datasetId));
        Record row = forUpdate ? select.forUpdate().fetchOne() : select.fetchOne();
        if (row == null) {
            throw new StoreException(
                    StoreException.Code.DATASET_NOT_FOUND, "dataset '" + datasetId + "' is not registered");
        }
        return row;
    }

    /** The layout of a dataset row, parsed once per schema, key and version; the same instance while unchanged. */
    private DatasetLayout layoutOf(String datasetId, Record row) {
        String schemaJson = row.get(Dataset.SCHEMA_JSON);
        String keyFields = row.get(Dataset.KEY_FIELDS);
        int version = row.get(Dataset.SCHEMA_VERSION);
        Cached cached = cache.get(datasetId);
        if (cached == null
                || !cached.schemaJson().equals(schemaJson)
                || !cached.keyFields().equals(keyFields)
                || cached.schemaVersion() != version) {
            Schema schema = new Schema.Parser().parse(schemaJson);
            DatasetLayout layout = DatasetLayout.of(datasetId, schema, Arrays.asList(keyFields.split(",")), version);
            cached = new Cached(schemaJson, keyFields, version, layout);
            cache.put(datasetId, cached);
        }
        return cached.layout();
    }
}
