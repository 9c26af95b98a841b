package id.satudata.hub.connectors.cdc;

import id.satudata.hub.connectors.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * One pipeline as its engine feeds it during one run: the records of the batch at hand, the index of each change
 * read, the snapshot's progress, and the columns its table had, so that a new or dropped column is reported once.
 * Used by the engine's one consumer thread only.
 */
final class PipelineFeed {

    private final CdcPipeline pipeline;
    private final long runId;
    private final long rowEstimate;
    private final CdcStatus status;
    private List<SourceRecord> batch = new ArrayList<>();
    private long read;
    private long snapshotRows;
    private Schema rowSchema;

    PipelineFeed(CdcPipeline pipeline, long runId, long rowEstimate, CdcStatus status) {
        this.pipeline = pipeline;
        this.runId = runId;
        this.rowEstimate = rowEstimate;
        this.status = status;
    }

    CdcPipeline pipeline() {
        return pipeline;
    }

    long runId() {
        return runId;
    }

    /** Adds one change of the pipeline's table to the batch at hand. */
    void add(org.apache.kafka.connect.source.SourceRecord event, Struct envelope) {
        noticeShape(ChangeEvents.rowSchema(envelope));
        SourceRecord record = ChangeEvents.toSourceRecord(event, envelope, read + 1);
        if (record == null) {
            return;
        }
        read++;
        batch.add(record);
        if ("r".equals(ChangeEvents.op(envelope))) {
            snapshotRows++;
            boolean done = ChangeEvents.endsSnapshot(envelope);
            if (done || snapshotRows % 10_000 == 0) {
                status.snapshotProgress(pipeline.pipelineId(), snapshotRows, Math.max(rowEstimate, snapshotRows), done);
            }
        } else if (snapshotRows > 0) {
            status.snapshotProgress(pipeline.pipelineId(), snapshotRows, Math.max(rowEstimate, snapshotRows), true);
            snapshotRows = 0;
        }
    }

    /** The records of the batch at hand, leaving an empty one for the next. */
    List<SourceRecord> takeBatch() {
        List<SourceRecord> taken = batch;
        batch = new ArrayList<>();
        return taken;
    }

    private void noticeShape(Schema schema) {
        if (schema == rowSchema) {
            return;
        }
        if (rowSchema != null) {
            Set<String> added = columns(schema);
            added.removeAll(columns(rowSchema));
            Set<String> dropped = columns(rowSchema);
            dropped.removeAll(columns(schema));
            if (!added.isEmpty() || !dropped.isEmpty()) {
                status.upstreamChange(
                        pipeline.pipelineId(),
                        "source table " + pipeline.table() + (added.isEmpty() ? "" : " gained column(s) " + added)
                                + (dropped.isEmpty() ? "" : " lost column(s) " + dropped)
                                + "; records that still conform to the mapping keep streaming, the others go to"
                                + " quarantine with the reason");
            }
        }
        rowSchema = schema;
    }

    private static Set<String> columns(Schema schema) {
        Set<String> names = new TreeSet<>();
        for (Field field : schema.fields()) {
            names.add(field.name());
        }
        return names;
    }
}
