package id.satudata.hub.connectors.file;

import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.LoadProgress;
import id.satudata.hub.connectors.ingest.OrderedCommits;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one file of a file pipeline, in any format a {@link RecordReader} reads: a file seen before is a duplicate;
 * otherwise its records stream in batches to the sink, each batch committed with the position
 * {@code sha256:<checksum>@<records>}, so a file interrupted by a crash resumes after its last committed record. An unreadable file fails its run with the reason and is rethrown,
 * so that the route moves it to the error folder.
 */
public final class FileIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(FileIngestion.class);

    private final String pipelineId;
    private final ReadOptions options;
    private final int batchSize;
    private final List<String> requiredColumns;
    private final IngestSink sink;

    public FileIngestion(
            String pipelineId, ReadOptions options, int batchSize, List<String> requiredColumns, IngestSink sink) {
        this.pipelineId = pipelineId;
        this.options = options;
        this.batchSize = batchSize;
        this.requiredColumns = List.copyOf(requiredColumns);
        this.sink = sink;
    }

    /** Ingests a file; throws {@link UnreadableFileException} after recording the failed run. */
    public void ingest(Path file) {
        String name = String.valueOf(file.getFileName());
        long runId = sink.startRun(name);
        try {
            String checksum = FileChecksum.sha256(file);
            if (sink.fileIngested(checksum)) {
                LOG.info(
                        "pipeline {}: {} was ingested before (sha256 {}), nothing applied", pipelineId, name, checksum);
                sink.duplicate(
                        runId, name + " has the same content (sha256 " + checksum + ") as a file ingested before");
                return;
            }
            long rows = readInBatches(file, runId, checksum);
            sink.fileSucceeded(runId, checksum, name);
            LOG.info("pipeline {}: {} ingested, {} rows", pipelineId, name, rows);
        } catch (RuntimeException e) {
            LOG.warn("pipeline {}: {} failed: {}", pipelineId, name, e.getMessage());
            sink.failed(runId, e.getMessage());
            throw e instanceof UnreadableFileException unreadable
                    ? unreadable
                    : new UnreadableFileException(name + ": " + e.getMessage(), e);
        }
    }

    private long readInBatches(Path file, long runId, String checksum) {
        long committed = FilePosition.committedRows(sink.position(), checksum);
        long size = size(file);
        try (RecordReader reader = RecordReaders.open(file, options, requiredColumns);
                OrderedCommits commits = new OrderedCommits(sink, pipelineId)) {
            if (committed > 0) {
                LOG.info("pipeline {}: resuming {} after {} committed rows", pipelineId, file.getFileName(), committed);
                reader.skip(committed);
            }
            long rows = committed;
            reportProgress(runId, rows, reader, size);
            List<SourceRecord> batch = new ArrayList<>(batchSize);
            for (SourceRecord record = reader.next(); record != null; record = reader.next()) {
                batch.add(record);
                if (batch.size() == batchSize) {
                    rows += batch.size();
                    commits.submit(
                            sink.prepareDurableAtRunEnd(runId, batch, new FilePosition(checksum, rows).toString()));
                    reportProgress(runId, rows, reader, size);
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty() || rows == 0) {
                rows += batch.size();
                commits.submit(sink.prepareDurableAtRunEnd(runId, batch, new FilePosition(checksum, rows).toString()));
            }
            commits.finish();
            reportProgress(runId, rows, reader, size);
            return rows;
        }
    }

    /** Per batch, never per row; a CSV's rows are unknown until read, so the total is left out. */
    private void reportProgress(long runId, long rows, RecordReader reader, long size) {
        long bytes = reader.bytesRead();
        sink.progress(runId, new LoadProgress(rows, null, bytes < 0 ? null : Math.min(bytes, size), size));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
