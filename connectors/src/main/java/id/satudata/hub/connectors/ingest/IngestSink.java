package id.satudata.hub.connectors.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Where a source delivers what it reads, for one pipeline: runs, batches and the source position. Implemented by
 * the hub, which conforms each batch and stores it in one transaction together with the position, so that a crash
 * replays at most the batch that did not commit.
 */
public interface IngestSink {

    /** Starts a run for one unit of the source (a file, a poll) and returns its id. */
    long startRun(String sourceRef);

    /**
     * Conforms one batch and makes it ready to store, touching no database, so that a source can prepare the next
     * batch while the previous one commits. Thread-safe.
     */
    PreparedBatch prepare(long runId, List<SourceRecord> records, String position);

    /**
     * Prepares a batch as {@link #prepare} does, for a run that ends in the store ({@link #fileSucceeded},
     * {@link #succeeded}, {@link #failed}) before anything outside the store depends on it: its commit may return
     * before the database has it on disk, since the run's end waits for the disk and makes it durable then. A
     * database crash before that loses only batches whose source position it loses with them, so the source reads
     * them again.
     */
    default PreparedBatch prepareDurableAtRunEnd(long runId, List<SourceRecord> records, String position) {
        return prepare(runId, records, position);
    }

    /**
     * Prepares one batch of a full snapshot as {@link #prepare} does; the store also remembers its records' keys as
     * seen by the snapshot {@code snapshotId}, in the batch's transaction.
     */
    PreparedBatch prepareSnapshot(long runId, List<SourceRecord> records, String position, long snapshotId);

    /**
     * Ends the full snapshot {@code snapshotId} in one transaction: deletes every stored record whose key it did not
     * see (each logged as a delete), and records the position.
     */
    SnapshotSwept sweepSnapshot(long runId, long snapshotId, String position);

    /** Stores a prepared batch and records its position in the same transaction; batches commit in call order. */
    BatchCounts commit(PreparedBatch batch);

    /** Prepares and commits one batch. */
    default BatchCounts accept(long runId, List<SourceRecord> records, String position) {
        return commit(prepare(runId, records, position));
    }

    /**
     * How far the run has come; a source that loads in batches reports it after each batch it hands over. What is
     * reported is for display only, so a sink may ignore it.
     */
    default void progress(long runId, LoadProgress progress) {}

    /** The pipeline's last committed source position. */
    Optional<String> position();

    /** Whether a file with this checksum was already ingested completely. */
    boolean fileIngested(String checksum);

    /** Ends a file run that read the whole file, remembering its checksum as ingested. */
    void fileSucceeded(long runId, String checksum, String fileName);

    /** Ends a run that read what it was to read; {@code message} says what it did, or is {@code null}. */
    void succeeded(long runId, String message);

    /** Ends a run that applied nothing because its file was ingested before. */
    void duplicate(long runId, String message);

    /** Ends a run of an endless source (a CDC stream) that stopped because the hub stopped it. */
    void succeeded(long runId);

    /** Ends a run that could not finish; what its committed batches stored stays stored. */
    void failed(long runId, String message);

    /** A batch ready to commit; what it holds is the sink's own. */
    interface PreparedBatch {}

    /**
     * What the end of a snapshot did.
     *
     * @param quarantined records of the snapshot that did not conform; when there are any nothing is deleted, since
     *     their keys are unknown
     */
    record SnapshotSwept(long deleted, long quarantined) {}

    /** What one batch did; {@code read = stored + unchanged + deleted + quarantined}. */
    record BatchCounts(long read, long stored, long unchanged, long deleted, long quarantined) {}
}
