package id.satudata.hub.routes.ingest;

import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.QuarantinedRecord;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.schemas.conform.ConformResult;
import id.satudata.hub.schemas.conform.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The conform step of the core flow: every source record of a batch becomes an upsert, a delete by key (a record
 * the source deleted: only its key fields are conformed) or a quarantined record with its reasons, so that the
 * batch reconciles (read = changes + quarantined) before it reaches the store.
 */
final class BatchConformer {

    private final String pipelineId;
    private final SchemaFollowingConformer conformers;

    BatchConformer(String pipelineId, SchemaFollowingConformer conformers) {
        this.pipelineId = pipelineId;
        this.conformers = conformers;
    }

    /** @param snapshotId the full snapshot the records belong to, or {@code null} */
    IngestBatch conform(long runId, String sourceRef, List<SourceRecord> records, String position, Long snapshotId) {
        List<RecordChange> changes = new ArrayList<>(records.size());
        List<QuarantinedRecord> quarantined = new ArrayList<>();
        SchemaFollowingConformer.ForVersion current = conformers.current();
        for (SourceRecord record : records) {
            Violation refusal = record.unreadable() != null ? record.unreadable() : mappingRefusal(current);
            if (refusal != null) {
                quarantined.add(
                        new QuarantinedRecord(record.index(), record.raw().asMap(), List.of(refusal)));
                continue;
            }
            if (record.delete()) {
                KeyConformer.Key key = current.keys().keyOf(record.raw());
                if (key.value() != null) {
                    changes.add(new RecordChange.Delete(key.value()));
                } else {
                    quarantined.add(
                            new QuarantinedRecord(record.index(), record.raw().asMap(), key.violations()));
                }
                continue;
            }
            ConformResult result = current.conformer().conform(record.raw());
            if (result instanceof ConformResult.Conformed conformed) {
                changes.add(new RecordChange.Upsert(conformed.record()));
            } else if (result instanceof ConformResult.Rejected rejected) {
                quarantined.add(
                        new QuarantinedRecord(record.index(), record.raw().asMap(), rejected.violations()));
            }
        }
        return new IngestBatch(
                pipelineId, runId, sourceRef, records.size(), changes, quarantined, position, snapshotId);
    }

    /** A mapping that no longer fits the dataset's schema quarantines every record, with the problems. */
    private static Violation mappingRefusal(SchemaFollowingConformer.ForVersion current) {
        if (current.invalid() == null) {
            return null;
        }
        return new Violation(
                "",
                null,
                "mapping",
                "the pipeline's mapping does not fit version " + current.version() + " of the dataset's schema: "
                        + current.invalid().getMessage());
    }
}
