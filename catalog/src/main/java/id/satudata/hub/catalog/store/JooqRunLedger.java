package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.IngestRun;
import id.satudata.hub.catalog.store.StoreTables.IngestedFile;
import id.satudata.hub.catalog.store.StoreTables.SourcePosition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The run ledger in the store's database, so that positions and counts commit with the batches. */
@Component
public class JooqRunLedger implements RunLedger {

    private final DSLContext dsl;

    public JooqRunLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long startRun(String pipelineId, String datasetId, String sourceRef) {
        return dsl.insertInto(IngestRun.TABLE)
                .set(IngestRun.PIPELINE_ID, pipelineId)
                .set(IngestRun.DATASET_ID, datasetId)
                .set(IngestRun.SOURCE_REF, sourceRef)
                .set(IngestRun.STATUS, RunStatus.RUNNING.name())
                .set(IngestRun.STARTED_AT, now())
                .returningResult(IngestRun.ID)
                .fetchSingle()
                .value1();
    }

    @Override
    public void finishRun(long runId, RunStatus status, String message) {
        finish(dsl, runId, status, message);
    }

    @Override
    public void finishFileRun(long runId, String checksum, String fileName) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            finish(tx, runId, RunStatus.SUCCEEDED, null);
            String pipelineId = tx.select(IngestRun.PIPELINE_ID)
                    .from(IngestRun.TABLE)
                    .where(IngestRun.ID.eq(runId))
                    .fetchSingle()
                    .value1();
            // insert-if-absent written out: jOOQ's ON CONFLICT emulation on H2 produces an ambiguous MERGE
            tx.insertInto(
                            IngestedFile.TABLE,
                            IngestedFile.PIPELINE_ID,
                            IngestedFile.CHECKSUM,
                            IngestedFile.FILE_NAME,
                            IngestedFile.RUN_ID,
                            IngestedFile.INGESTED_AT)
                    .select(DSL.select(
                                    DSL.val(pipelineId),
                                    DSL.val(checksum),
                                    DSL.val(fileName),
                                    DSL.val(runId),
                                    DSL.val(now()))
                            .whereNotExists(DSL.selectOne()
                                    .from(IngestedFile.TABLE)
                                    .where(IngestedFile.PIPELINE_ID.eq(pipelineId))
                                    .and(IngestedFile.CHECKSUM.eq(checksum))))
                    .execute();
        });
    }

    @Override
    public int failUnfinishedRuns(String message) {
        return dsl.update(IngestRun.TABLE)
                .set(IngestRun.STATUS, RunStatus.FAILED.name())
                .set(IngestRun.FINISHED_AT, now())
                .set(IngestRun.MESSAGE, message)
                .where(IngestRun.STATUS.eq(RunStatus.RUNNING.name()))
                .execute();
    }

    @Override
    public Optional<String> position(String pipelineId) {
        return dsl.select(SourcePosition.POSITION)
                .from(SourcePosition.TABLE)
                .where(SourcePosition.PIPELINE_ID.eq(pipelineId))
                .fetchOptional(SourcePosition.POSITION);
    }

    @Override
    public void forgetPosition(String pipelineId) {
        dsl.deleteFrom(SourcePosition.TABLE)
                .where(SourcePosition.PIPELINE_ID.eq(pipelineId))
                .execute();
    }

    @Override
    public boolean fileIngested(String pipelineId, String checksum) {
        return dsl.fetchExists(dsl.selectOne()
                .from(IngestedFile.TABLE)
                .where(IngestedFile.PIPELINE_ID.eq(pipelineId))
                .and(IngestedFile.CHECKSUM.eq(checksum)));
    }

    private static void finish(DSLContext dsl, long runId, RunStatus status, String message) {
        int updated = dsl.update(IngestRun.TABLE)
                .set(IngestRun.STATUS, status.name())
                .set(IngestRun.FINISHED_AT, now())
                .set(IngestRun.MESSAGE, message)
                .where(IngestRun.ID.eq(runId))
                .execute();
        if (updated != 1) {
            throw new StoreException(StoreException.Code.RUN_NOT_FOUND, "run " + runId + " does not exist");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
