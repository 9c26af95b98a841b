package id.satudata.hub.routes.ingest;

import id.satudata.hub.catalog.store.BatchOutcome;
import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.InBatchTransaction;
import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.QuarantinedRecord;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.catalog.store.RunStatus;
import id.satudata.hub.catalog.store.SnapshotEnd;
import id.satudata.hub.catalog.store.SweepOutcome;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.LoadProgress;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.RecordSteps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One pipeline's way into the store: conform each batch, then apply it with its position in one transaction. */
public final class StoreIngestSink implements IngestSink {

    private final String pipelineId;
    private final String datasetId;
    private final BatchConformer conformer;
    private final DatasetStore store;
    private final RunLedger ledger;
    private final IngestMetrics metrics;
    private final RunProgressListener progress;
    private final Map<Long, String> sourceRefs = new ConcurrentHashMap<>();

    public StoreIngestSink(
            String pipelineId,
            DatasetDefinition dataset,
            MappingSpec mapping,
            RecordSteps checks,
            Conformer declared,
            DatasetStore store,
            RunLedger ledger,
            IngestMetrics metrics,
            RunProgressListener progress) {
        this.pipelineId = pipelineId;
        this.datasetId = dataset.id();
        this.conformer = new BatchConformer(
                pipelineId,
                new SchemaFollowingConformer(
                        mapping,
                        checks,
                        dataset.schema(),
                        dataset.keyFields(),
                        declared,
                        () -> store.schemaOf(dataset.id())));
        this.store = store;
        this.ledger = ledger;
        this.metrics = metrics;
        this.progress = progress;
    }

    @Override
    public long startRun(String sourceRef) {
        long runId = ledger.startRun(pipelineId, datasetId, sourceRef);
        sourceRefs.put(runId, sourceRef);
        return runId;
    }

    /**
     * The store's prepared batch; the sink's own nested type name shadows the store's.
     *
     * @param inTransaction what the batch's transaction does besides storing it
     */
    private record StorePrepared(id.satudata.hub.catalog.store.PreparedBatch batch, InBatchTransaction inTransaction)
            implements IngestSink.PreparedBatch {

        StorePrepared(id.satudata.hub.catalog.store.PreparedBatch batch) {
            this(batch, InBatchTransaction.NONE);
        }
    }

    @Override
    public IngestSink.PreparedBatch prepare(long runId, List<SourceRecord> records, String position) {
        return prepare(runId, records, position, null);
    }

    @Override
    public IngestSink.PreparedBatch prepareDurableAtRunEnd(long runId, List<SourceRecord> records, String position) {
        var prepared = (StorePrepared) prepare(runId, records, position, null);
        return new StorePrepared(prepared.batch(), InBatchTransaction.DEFER_DURABILITY_TO_RUN_END);
    }

    @Override
    public IngestSink.PreparedBatch prepareSnapshot(
            long runId, List<SourceRecord> records, String position, long snapshotId) {
        return prepare(runId, records, position, (Long) snapshotId);
    }

    private IngestSink.PreparedBatch prepare(long runId, List<SourceRecord> records, String position, Long snapshot) {
        return metrics.time(
                pipelineId,
                "prepare",
                () -> new StorePrepared(store.prepare(
                        datasetId, conformer.conform(runId, sourceRefs.get(runId), records, position, snapshot))));
    }

    @Override
    public SnapshotSwept sweepSnapshot(long runId, long snapshotId, String position) {
        SweepOutcome outcome = store.sweepSnapshot(datasetId, new SnapshotEnd(pipelineId, runId, snapshotId, position));
        metrics.record(pipelineId, new BatchCounts(outcome.deleted(), 0, 0, outcome.deleted(), 0));
        return new SnapshotSwept(outcome.deleted(), outcome.quarantined());
    }

    /** A batch that deletes the record stored under {@code key}, in the store's key syntax, if there is one. */
    public IngestSink.PreparedBatch prepareDelete(long runId, String key) {
        IngestBatch delete = new IngestBatch(
                pipelineId, runId, sourceRefs.get(runId), 1, List.of(new RecordChange.Delete(key)), List.of(), null);
        return new StorePrepared(store.prepare(datasetId, delete));
    }

    /** The records of a prepared batch that conform refused, each with its reasons; they are quarantined on commit. */
    public static List<QuarantinedRecord> quarantined(IngestSink.PreparedBatch prepared) {
        return ((StorePrepared) prepared).batch().batch().quarantined();
    }

    @Override
    public BatchCounts commit(IngestSink.PreparedBatch prepared) {
        return commit(prepared, InBatchTransaction.NONE);
    }

    /** Commits a prepared batch as {@link #commit(IngestSink.PreparedBatch)} does, with more writes in its transaction. */
    public BatchCounts commit(IngestSink.PreparedBatch prepared, InBatchTransaction alsoInTransaction) {
        var ready = (StorePrepared) prepared;
        var batch = ready.batch();
        InBatchTransaction inTransaction = (tx, outcome) -> {
            ready.inTransaction().run(tx, outcome); // what the batch was prepared with, such as deferred durability
            alsoInTransaction.run(tx, outcome);
        };
        BatchOutcome outcome = metrics.time(pipelineId, "commit", () -> store.apply(batch, inTransaction));
        BatchCounts counts = new BatchCounts(
                batch.batch().read(), outcome.stored(), outcome.unchanged(), outcome.deleted(), outcome.quarantined());
        metrics.record(pipelineId, counts);
        return counts;
    }

    @Override
    public void progress(long runId, LoadProgress loaded) {
        progress.progress(pipelineId, runId, loaded);
    }

    private void ended(long runId, RunStatus outcome) {
        sourceRefs.remove(runId);
        progress.ended(pipelineId, runId, outcome.name());
    }

    @Override
    public Optional<String> position() {
        return ledger.position(pipelineId);
    }

    @Override
    public boolean fileIngested(String checksum) {
        return ledger.fileIngested(pipelineId, checksum);
    }

    @Override
    public void fileSucceeded(long runId, String checksum, String fileName) {
        ledger.finishFileRun(runId, checksum, fileName);
        ended(runId, RunStatus.SUCCEEDED);
    }

    @Override
    public void succeeded(long runId, String message) {
        ledger.finishRun(runId, RunStatus.SUCCEEDED, message);
        ended(runId, RunStatus.SUCCEEDED);
    }

    @Override
    public void duplicate(long runId, String message) {
        ledger.finishRun(runId, RunStatus.DUPLICATE, message);
        ended(runId, RunStatus.DUPLICATE);
    }

    @Override
    public void succeeded(long runId) {
        ledger.finishRun(runId, RunStatus.SUCCEEDED, null);
        ended(runId, RunStatus.SUCCEEDED);
    }

    @Override
    public void failed(long runId, String message) {
        ledger.finishRun(runId, RunStatus.FAILED, message);
        ended(runId, RunStatus.FAILED);
    }
}
