package id.satudata.hub.catalog.store;

/**
 * The end of a full snapshot of a source, for {@link DatasetStore#sweepSnapshot}.
 *
 * @param runId the run that read the snapshot's last batch; the deletes are counted and logged under it
 * @param snapshotId the id the snapshot's batches carried ({@link IngestBatch#snapshotId})
 * @param position the source position once the snapshot is complete
 */
public record SnapshotEnd(String pipelineId, long runId, long snapshotId, String position) {}
