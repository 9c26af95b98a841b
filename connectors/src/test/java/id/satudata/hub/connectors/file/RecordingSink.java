package id.satudata.hub.connectors.file;

import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A sink that keeps what it is given, as the store would, so the source's side of the contract can be checked. */
final class RecordingSink implements IngestSink {

    final Map<Long, String> runs = new LinkedHashMap<>();
    final List<List<SourceRecord>> batches = new ArrayList<>();
    final Set<String> ingested = new HashSet<>();
    String position;
    /** Fails the batch with this many records already accepted, as a crash would. */
    int failAfterBatches = Integer.MAX_VALUE;

    @Override
    public synchronized long startRun(String sourceRef) {
        long id = runs.size() + 1L;
        runs.put(id, "RUNNING " + sourceRef);
        return id;
    }

    private record Prepared(List<SourceRecord> records, String position) implements PreparedBatch {}

    @Override
    public PreparedBatch prepare(long runId, List<SourceRecord> records, String position) {
        return new Prepared(List.copyOf(records), position);
    }

    @Override
    public synchronized BatchCounts commit(PreparedBatch batch) {
        Prepared prepared = (Prepared) batch;
        if (batches.size() >= failAfterBatches) {
            throw new IllegalStateException("store unavailable");
        }
        batches.add(prepared.records());
        this.position = prepared.position();
        return new BatchCounts(prepared.records().size(), prepared.records().size(), 0, 0, 0);
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

    synchronized List<String> rowValues(String field) {
        return batches.stream()
                .flatMap(List::stream)
                .map(record -> String.valueOf(record.raw().get(field)))
                .toList();
    }
}
