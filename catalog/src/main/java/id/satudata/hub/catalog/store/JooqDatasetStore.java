package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.Dataset;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.avro.Schema;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The store on any database jOOQ speaks; PostgreSQL gets the COPY fast path, the others the portable writer. Each
 * batch is one transaction that holds its dataset's row lock, so change sequences are gapless and commit-ordered.
 */
@Component
public class JooqDatasetStore implements DatasetStore {

    private final DSLContext dsl;
    private final DatasetRegistration registration;
    private final DatasetLayouts layouts = new DatasetLayouts();
    private final ChangeWriter writer;
    private final QuarantineWriter quarantine = new QuarantineWriter();

    public JooqDatasetStore(DSLContext dsl) {
        this.dsl = dsl;
        this.registration = new DatasetRegistration(dsl);
        this.writer = dsl.dialect().family() == SQLDialect.POSTGRES ? new PostgresCopyWriter() : new JooqChangeWriter();
    }

    @Override
    public void register(DatasetDefinition dataset, int schemaVersion) {
        registration.register(dataset, schemaVersion);
    }

    @Override
    public DatasetSchema schemaOf(String datasetId) {
        DatasetLayout layout = layouts.read(dsl, datasetId);
        return new DatasetSchema(datasetId, layout.schemaVersion(), layout.schema(), layout.keyFields());
    }

    @Override
    public void evolve(DSLContext tx, String datasetId, Schema schema, int version) {
        DatasetLayout from = layouts.lock(tx, datasetId).layout();
        DatasetLayout to = DatasetDefinitionCheck.layoutOf(
                new DatasetDefinition(datasetId, null, null, null, from.keyFields(), schema), version);
        List<String> problems = TableEvolution.problems(from, to);
        if (!problems.isEmpty()) {
            throw new StoreException(
                    StoreException.Code.SCHEMA_NOT_EVOLVABLE,
                    "dataset '" + datasetId + "' cannot move to this schema: " + String.join("; ", problems));
        }
        TableEvolution.apply(tx, from, to);
        tx.update(Dataset.TABLE)
                .set(Dataset.SCHEMA_JSON, schema.toString())
                .set(Dataset.SCHEMA_VERSION, version)
                .set(Dataset.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(Dataset.ID.eq(datasetId))
                .execute();
    }

    @Override
    public BatchOutcome apply(String datasetId, IngestBatch batch) {
        return apply(prepare(datasetId, batch));
    }

    @Override
    public PreparedBatch prepare(String datasetId, IngestBatch batch) {
        DatasetLayout layout = layouts.current(dsl, datasetId);
        if (conformedUnderAnotherSchema(batch, layout)) {
            // the schema changed since the last batch: prepare under the version in force now, not the cached one
            layout = layouts.read(dsl, datasetId);
        }
        return prepare(datasetId, batch, layout);
    }

    private static boolean conformedUnderAnotherSchema(IngestBatch batch, DatasetLayout layout) {
        return !batch.changes().isEmpty()
                && batch.changes().get(0) instanceof RecordChange.Upsert upsert
                && upsert.record().getSchema() != layout.schema()
                && !upsert.record().getSchema().equals(layout.schema());
    }

    private PreparedBatch prepare(String datasetId, IngestBatch batch, DatasetLayout layout) {
        List<RecordChange> changes = RecordProjection.toSchema(batch.changes(), layout.schema());
        List<List<KeyedChange>> segments = ChangeSegments.split(changes, layout.keyFields());
        Object written = segments.isEmpty() ? null : writer.prepare(layout, segments);
        return new PreparedBatch(datasetId, batch, layout, segments, written);
    }

    @Override
    public BatchOutcome apply(PreparedBatch prepared) {
        return apply(prepared, InBatchTransaction.NONE);
    }

    @Override
    public BatchOutcome apply(PreparedBatch prepared, InBatchTransaction alsoInTransaction) {
        String datasetId = prepared.datasetId();
        IngestBatch batch = prepared.batch();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            DatasetLayouts.Locked dataset = layouts.lock(tx, datasetId);
            PreparedBatch current =
                    dataset.layout() == prepared.layout() ? prepared : prepare(datasetId, batch, dataset.layout());
            ChangeWriter.WriteOutcome written = current.segments().isEmpty()
                    ? new ChangeWriter.WriteOutcome(0, 0, 0)
                    : writer.write(
                            tx,
                            current.layout(),
                            current.segments(),
                            current.written(),
                            new ChangeWriter.WriteContext(
                                    datasetId, dataset.lastSeq(), batch.pipelineId(), batch.runId(), now));
            quarantine.write(tx, datasetId, batch, now);
            BatchOutcome outcome = new BatchOutcome(
                    written.inserted() + written.updated(),
                    batch.changes().size() - written.changes(),
                    written.deleted(),
                    batch.quarantined().size());
            if (batch.snapshotId() != null) {
                SnapshotKeys.record(tx, batch.snapshotId(), current.segments());
            }
            RunProgress.addCounts(tx, batch.runId(), batch.read(), outcome);
            if (batch.position() != null) {
                RunProgress.savePosition(tx, batch.pipelineId(), batch.position(), now);
            }
            advance(tx, datasetId, dataset.lastSeq(), written.changes(), written.inserted() - written.deleted(), now);
            alsoInTransaction.run(tx, outcome);
            return outcome;
        });
    }

    @Override
    public SweepOutcome sweepSnapshot(String datasetId, SnapshotEnd end) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            DatasetLayouts.Locked dataset = layouts.lock(tx, datasetId);
            SweepOutcome outcome = SnapshotSweep.sweep(tx, dataset.layout(), dataset.lastSeq(), end, now);
            RunProgress.addCounts(tx, end.runId(), outcome.deleted(), new BatchOutcome(0, 0, outcome.deleted(), 0));
            RunProgress.savePosition(tx, end.pipelineId(), end.position(), now);
            advance(tx, datasetId, dataset.lastSeq(), outcome.deleted(), -outcome.deleted(), now);
            return outcome;
        });
    }

    /** Moves the dataset's last sequence past the changes just logged and its record count by their net effect. */
    private static void advance(
            DSLContext tx, String datasetId, long lastSeq, long changes, long recordDelta, OffsetDateTime now) {
        if (changes > 0) {
            tx.update(Dataset.TABLE)
                    .set(Dataset.LAST_SEQ, lastSeq + changes)
                    .set(Dataset.RECORD_COUNT, Dataset.RECORD_COUNT.plus(recordDelta))
                    .set(Dataset.UPDATED_AT, DSL.val(now))
                    .where(Dataset.ID.eq(datasetId))
                    .execute();
        }
    }
}
