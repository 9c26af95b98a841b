package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.IngestRun;
import id.satudata.hub.catalog.store.StoreTables.SourcePosition;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/** What a batch adds to its run and its pipeline's source position, inside the batch transaction. */
final class RunProgress {

    private RunProgress() {}

    static void addCounts(DSLContext tx, long runId, long read, BatchOutcome outcome) {
        int updated = tx.update(IngestRun.TABLE)
                .set(IngestRun.READ_COUNT, IngestRun.READ_COUNT.plus(read))
                .set(IngestRun.STORED_COUNT, IngestRun.STORED_COUNT.plus(outcome.stored()))
                .set(IngestRun.UNCHANGED_COUNT, IngestRun.UNCHANGED_COUNT.plus(outcome.unchanged()))
                .set(IngestRun.DELETED_COUNT, IngestRun.DELETED_COUNT.plus(outcome.deleted()))
                .set(IngestRun.QUARANTINED_COUNT, IngestRun.QUARANTINED_COUNT.plus(outcome.quarantined()))
                .where(IngestRun.ID.eq(runId))
                .execute();
        if (updated != 1) {
            throw new StoreException(StoreException.Code.RUN_NOT_FOUND, "run " + runId + " does not exist");
        }
    }

    /** Update first, insert when new: a pipeline's batches run one at a time, and this reads the same everywhere. */
    static void savePosition(DSLContext tx, String pipelineId, String position, OffsetDateTime now) {
        int updated = tx.update(SourcePosition.TABLE)
                .set(SourcePosition.POSITION, position)
                .set(SourcePosition.UPDATED_AT, now)
                .where(SourcePosition.PIPELINE_ID.eq(pipelineId))
                .execute();
        if (updated == 0) {
            tx.insertInto(SourcePosition.TABLE)
                    .columns(SourcePosition.PIPELINE_ID, SourcePosition.POSITION, SourcePosition.UPDATED_AT)
                    .values(pipelineId, position, now)
                    .execute();
        }
    }
}
