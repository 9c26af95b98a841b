package id.satudata.hub.catalog.store;

import org.apache.avro.Schema;
import org.jooq.DSLContext;

/** The authoritative copy of every dataset: one typed table each, its change log and its quarantine. */
public interface DatasetStore {

    /**
     * Records the dataset's metadata and creates its typed table if missing. Idempotent.
     *
     * @param schemaVersion the number of the dataset's schema in its value subject of the registry
     */
    void register(DatasetDefinition dataset, int schemaVersion);

    /** The schema the dataset's records conform to now. */
    DatasetSchema schemaOf(String datasetId);

    /**
     * Evolves a registered dataset to a new version of its schema, inside the caller's transaction (the registry's
     * registration of that version): checks that the table can follow, alters it, and makes the version current.
     *
     * @throws StoreException with code {@code schema_not_evolvable} and every reason when the table cannot follow
     */
    void evolve(DSLContext tx, String datasetId, Schema schema, int version);

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

    /**
     * Applies a prepared batch as {@link #apply(PreparedBatch)} does, and runs {@code alsoInTransaction} in the same
     * transaction once the outcome is known, so that both commit or neither does.
     */
    BatchOutcome apply(PreparedBatch batch, InBatchTransaction alsoInTransaction);

    /**
     * Ends a full snapshot of a source in one transaction: deletes every record of the dataset whose key no batch of
     * the snapshot carried, appends each delete to the change log (op {@code d}), counts them in the run as read and
     * deleted, records the position, and forgets the snapshot's keys. When records of the snapshot were quarantined
     * it deletes nothing (see {@link SweepOutcome#quarantined}) but still records the position.
     */
    SweepOutcome sweepSnapshot(String datasetId, SnapshotEnd end);
}
