package id.satudata.hub.catalog.store;

/** The authoritative copy of every dataset: one typed table each, its change log and its quarantine. */
public interface DatasetStore {

    /** Records the dataset's metadata and creates its typed table if missing. Idempotent. */
    void register(DatasetDefinition dataset);

    /**
     * Applies one batch in one transaction: upserts and deletes by key, appends each real change to the
     * dataset's change log, files the quarantined records, adds the counts to the run and records the position.
     */
    BatchOutcome apply(String datasetId, IngestBatch batch);

    /**
     * Prepares a batch outside any transaction (keys, segments, the writer's own form), so that it can be done
     * while the previous batch commits. Thread-safe.
     */
    PreparedBatch prepare(String datasetId, IngestBatch batch);

    /**
     * Applies a prepared batch as {@link #apply(String, IngestBatch)} does; a batch prepared under a layout that
     * has changed since is prepared again inside the transaction.
     */
    BatchOutcome apply(PreparedBatch batch);
}
