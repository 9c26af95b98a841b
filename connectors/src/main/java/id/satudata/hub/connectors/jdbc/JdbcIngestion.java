package id.satudata.hub.connectors.jdbc;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.IngestSink.SnapshotSwept;
import id.satudata.hub.connectors.jdbc.JdbcPosition.Incremental;
import id.satudata.hub.connectors.jdbc.JdbcPosition.Snapshot;
import id.satudata.hub.connectors.jdbc.JdbcPosition.SnapshotDone;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of a {@code jdbc} source. Incremental: the rows after the committed watermark, up to the source's clock
 * minus the safety lag; a poll that finds none starts no run. Snapshot: every row in key order, each batch's keys
 * remembered by the store, then the sweep that deletes what the snapshot did not see; a snapshot cut off resumes
 * after its last committed key. A failure ends the run as failed and is rethrown for the poller to classify.
 */
public final class JdbcIngestion implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcIngestion.class);

    private final String pipelineId;
    private final JdbcSourceSettings settings;
    private final Secrets secrets;
    private final IngestSink sink;
    private final BatchedRead batches;

    public JdbcIngestion(String pipelineId, JdbcSourceSettings settings, Secrets secrets, IngestSink sink) {
        this.pipelineId = pipelineId;
        this.settings = settings;
        this.secrets = secrets;
        this.sink = sink;
        this.batches = new BatchedRead(pipelineId, sink, settings.batchSize());
    }

    @Override
    public void run() {
        try {
            if (settings.incremental()) {
                pollIncremental();
            } else {
                pollSnapshot();
            }
        } catch (SQLException e) {
            throw new JdbcSourceException(e);
        }
    }

    private void pollIncremental() throws SQLException {
        List<Object> watermark = position()
                .filter(Incremental.class::isInstance)
                .map(p -> ((Incremental) p).values())
                .orElse(List.of());
        JdbcQuery query = JdbcQuery.incremental(settings, SourceDialect.of(settings.url()), watermark);
        try (JdbcRows rows = JdbcRows.open(settings, secrets, query)) {
            int[] order = rows.shape().indexesOf(JdbcQuery.orderColumns(settings), settings.describe());
            JdbcRow first = rows.next();
            if (first == null) {
                return;
            }
            long runId =
                    sink.startRun(settings.describe() + " after " + (watermark.isEmpty() ? "the start" : watermark));
            ended(runId, () -> {
                long read = batches.read(
                        runId,
                        rows,
                        first,
                        row -> new Incremental(JdbcRows.values(row, order)).toString(),
                        null,
                        rowsTotal(query));
                sink.succeeded(runId, null);
                LOG.info("pipeline {}: {} new or changed rows of {}", pipelineId, read, settings.describe());
            });
        }
    }

    private void pollSnapshot() throws SQLException {
        Optional<Snapshot> resumed =
                position().filter(Snapshot.class::isInstance).map(Snapshot.class::cast);
        List<Object> lastKey = resumed.map(Snapshot::lastKey).orElse(List.of());
        JdbcQuery query = JdbcQuery.snapshot(settings, lastKey);
        Long rowsTotal = rowsTotal(query);
        try (JdbcRows rows = JdbcRows.open(settings, secrets, query)) {
            int[] key = rows.shape().indexesOf(settings.keyColumns(), settings.describe());
            long runId = sink.startRun(settings.describe()
                    + resumed.map(s -> " (snapshot " + s.id() + " resumed after " + s.lastKey() + ")")
                            .orElse(" (snapshot)"));
            long snapshotId = resumed.map(Snapshot::id).orElse(runId);
            ended(runId, () -> {
                long read = batches.read(
                        runId,
                        rows,
                        rows.next(),
                        row -> new Snapshot(snapshotId, JdbcRows.values(row, key)).toString(),
                        snapshotId,
                        rowsTotal);
                SnapshotSwept swept = sink.sweepSnapshot(runId, snapshotId, new SnapshotDone(snapshotId).toString());
                String outcome = swept.quarantined() > 0
                        ? "rows that disappeared were not deleted: " + swept.quarantined()
                                + " records of the snapshot were quarantined and their keys are unknown"
                        : swept.deleted() + " rows that disappeared from the source deleted";
                sink.succeeded(runId, "snapshot " + snapshotId + ": " + outcome);
                LOG.info(
                        "pipeline {}: snapshot of {} read {} rows; {}", pipelineId, settings.describe(), read, outcome);
            });
        }
    }

    /**
     * The rows a run is about to read, counted by the source with the read's own conditions; an estimate, since
     * rows may come and go while the run reads. Progress is for display: a count that fails leaves it unknown.
     */
    private Long rowsTotal(JdbcQuery query) {
        try {
            return JdbcRows.count(settings, secrets, query);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("pipeline {}: the rows to read could not be counted: {}", pipelineId, e.getMessage());
            return null;
        }
    }

    private interface RunBody {
        void run() throws SQLException;
    }

    /** Runs the body of a started run; a failure ends the run as failed with the reason, and is rethrown. */
    private void ended(long runId, RunBody body) throws SQLException {
        try {
            body.run();
        } catch (SQLException | RuntimeException e) {
            sink.failed(runId, JdbcSourceException.describe(e));
            throw e;
        }
    }

    private Optional<JdbcPosition> position() {
        return JdbcPosition.parse(sink.position());
    }
}
