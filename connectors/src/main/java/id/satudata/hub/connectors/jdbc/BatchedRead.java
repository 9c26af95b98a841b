package id.satudata.hub.connectors.jdbc;

import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.LoadProgress;
import id.satudata.hub.connectors.ingest.OrderedCommits;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Streams the rows of one run to the sink in batches, each committed with the position of its last row, while the
 * next batch is read and prepared ({@link OrderedCommits}): at most three batches are in memory at once. Reports the
 * run's progress once per batch.
 */
final class BatchedRead {

    private final String pipelineId;
    private final IngestSink sink;
    private final int batchSize;

    BatchedRead(String pipelineId, IngestSink sink, int batchSize) {
        this.pipelineId = pipelineId;
        this.sink = sink;
        this.batchSize = batchSize;
    }

    /**
     * Reads every row from {@code first} on and returns how many.
     *
     * @param positionOf the position after a row
     * @param snapshotId the snapshot the rows belong to, or {@code null} when they belong to none
     * @param rowsTotal the rows the source counted before the read, or {@code null} when it could not say
     */
    long read(
            long runId,
            JdbcRows rows,
            JdbcRow first,
            Function<JdbcRow, String> positionOf,
            Long snapshotId,
            Long rowsTotal)
            throws SQLException {
        long count = 0;
        sink.progress(runId, LoadProgress.rows(0, rowsTotal));
        try (OrderedCommits commits = new OrderedCommits(sink, pipelineId)) {
            List<SourceRecord> batch = new ArrayList<>(batchSize);
            JdbcRow last = null;
            for (JdbcRow row = first; row != null; row = rows.next()) {
                batch.add(rows.record(row));
                last = row;
                if (batch.size() == batchSize) {
                    commits.submit(prepare(runId, batch, positionOf.apply(row), snapshotId));
                    count += batch.size();
                    sink.progress(runId, LoadProgress.rows(count, rowsTotal));
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                commits.submit(prepare(runId, batch, positionOf.apply(last), snapshotId));
                count += batch.size();
            }
            commits.finish();
        }
        sink.progress(runId, LoadProgress.rows(count, rowsTotal));
        return count;
    }

    private IngestSink.PreparedBatch prepare(long runId, List<SourceRecord> batch, String position, Long snapshotId) {
        return snapshotId == null
                ? sink.prepare(runId, batch, position)
                : sink.prepareSnapshot(runId, batch, position, snapshotId);
    }
}
