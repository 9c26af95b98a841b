package id.satudata.hub.connectors.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A sink that keeps what it is given, as the store would, so the source's side of the contract can be checked. */
public final class RecordingSink implements IngestSink {

    public final Map<Long, String> runs = new LinkedHashMap<>();
    public final List<List<SourceRecord>> batches = new ArrayList<>();
    public final Set<String> ingested = new HashSet<>();
    /** Every committed position, in commit order; {@link #position} is the last. */
    public final List<String> positions = new ArrayList<>();
    /** The snapshot id of each batch of {@link #batches}, {@code null} for a batch of no snapshot. */
    public final List<Long> snapshotOfBatch = new ArrayList<>();
    /** Each snapshot sweep, as {@code <snapshot id> <position>}. */
    public final List<String> sweeps = new ArrayList<>();
    /** Every progress report, in order. */
    public final List<LoadProgress> progress = new ArrayList<>();

    public String position;
    /** Fails the batch with this many records already accepted, as a crash would. */
    public int failAfterBatches = Integer.MAX_VALUE;

    @Override
    public synchronized long startRun(String sourceRef) {
        long id = runs.size() + 1L;
        runs.put(id, "RUNNING " + sourceRef);
        return id;
    }

    private record Prepared(List<SourceRecord> records, String position, Long snapshotId) implements PreparedBatch {}

    @Override
    public PreparedBatch prepare(long runId, List<SourceRecord> records, String position) {
        return new Prepared(List.copyOf(records), position, null);
    }

    @Override
    public PreparedBatch prepareSnapshot(long runId, List<SourceRecord> records, String position, long snapshotId) {
        return new Prepared(List.copyOf(records), position, snapshotId);
    }

    @Override
    public synchronized SnapshotSwept sweepSnapshot(long runId, long snapshotId, String position) {
        sweeps.add(snapshotId + " " + position);
        this.position = position;
        return new SnapshotSwept(0, 0);
    }

    @Override
    public synchronized void succeeded(long runId, String message) {
        runs.put(runId, "SUCCEEDED" + (message == null ? "" : " " + message));
    }

    @Override
    public synchronized BatchCounts commit(PreparedBatch batch) {
        Prepared prepared = (Prepared) batch;
        if (batches.size() >= failAfterBatches) {
            throw new IllegalStateException("store unavailable");
        }
        batches.add(prepared.records());
        snapshotOfBatch.add(prepared.snapshotId());
        this.position = prepared.position();
        positions.add(prepared.position());
        return new BatchCounts(prepared.records().size(), prepared.records().size(), 0, 0, 0);
    }

    @Override
    public synchronized void progress(long runId, LoadProgress loaded) {
        progress.add(loaded);
    }

    @Override
    public synchronized Optional<String> position() {
        return Optional.ofNullable(position);
    }

    @Override
    public synchronized boolean fileIngested(String checksum) {
        return ingested.contains(checksum);
    }

    @Override
    public synchronized void fileSucceeded(long runId, String checksum, String fileName) {
        ingested.add(checksum);
        runs.put(runId, "SUCCEEDED " + fileName);
    }

    @Override
    public synchronized void duplicate(long runId, String message) {
        runs.put(runId, "DUPLICATE " + message);
    }

    @Override
    public synchronized void succeeded(long runId) {
        runs.put(runId, "SUCCEEDED");
    }

    @Override
    public synchronized void failed(long runId, String message) {
        runs.put(runId, "FAILED " + message);
    }

    public synchronized List<String> rowValues(String field) {
        return batches.stream()
                .flatMap(List::stream)
                .map(record -> String.valueOf(record.raw().get(field)))
                .toList();
    }
}
