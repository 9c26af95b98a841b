package id.satudata.hub.catalog.store;

import java.util.List;

/**
 * What one source batch produced; applied in one transaction together with the source position, so that a
 * crash replays at most the batch that did not commit.
 *
 * @param runId the run this batch belongs to ({@link RunLedger#startRun})
 * @param read how many raw records the source read for this batch; must equal changes + quarantined
 * @param position the source position after this batch (watermark, file checksum and row, CDC offset)
 * @param snapshotId the full snapshot this batch belongs to, whose keys the store remembers as seen until
 *     {@link DatasetStore#sweepSnapshot}; {@code null} for any other batch
 */
public record IngestBatch(
        String pipelineId,
        long runId,
        String sourceRef,
        long read,
        List<RecordChange> changes,
        List<QuarantinedRecord> quarantined,
        String position,
        Long snapshotId) {

    /** A batch that belongs to no snapshot. */
    public IngestBatch(
            String pipelineId,
            long runId,
            String sourceRef,
            long read,
            List<RecordChange> changes,
            List<QuarantinedRecord> quarantined,
            String position) {
        this(pipelineId, runId, sourceRef, read, changes, quarantined, position, null);
    }

    public IngestBatch {
        changes = List.copyOf(changes);
        quarantined = List.copyOf(quarantined);
        if (read != changes.size() + quarantined.size()) {
            throw new IllegalArgumentException("batch does not reconcile: read " + read + " but " + changes.size()
                    + " changes and " + quarantined.size() + " quarantined");
        }
    }
}
