package id.satudata.hub.catalog.store;

import static id.satudata.hub.catalog.store.DatasetTableDdl.KEY;

import id.satudata.hub.catalog.store.StoreTables.Quarantine;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The end of a full snapshot, inside its transaction and under the dataset's lock: every record whose key the
 * snapshot did not see ({@link SnapshotKeys}) is appended to the change log as a delete, numbered in key order after
 * the dataset's last sequence, then deleted, by two set-based statements that never bring a key into the hub's
 * memory; then the snapshot's keys go.
 */
final class SnapshotSweep {

    private SnapshotSweep() {}

    static SweepOutcome sweep(DSLContext tx, DatasetLayout layout, long lastSeq, SnapshotEnd end, OffsetDateTime now) {
        // the snapshot is the only thing its pipeline runs, so the pipeline's runs since it started are its runs
        long quarantined = tx.fetchCount(
                Quarantine.TABLE,
                Quarantine.DATASET_ID
                        .eq(layout.datasetId())
                        .and(Quarantine.PIPELINE_ID.eq(end.pipelineId()))
                        .and(Quarantine.RUN_ID.ge(end.snapshotId())));
        long deleted = quarantined > 0 ? 0 : deleteUnseen(tx, layout, lastSeq, end, now);
        tx.execute("delete from snapshot_key where snapshot_id = ?", end.snapshotId());
        return new SweepOutcome(deleted, quarantined);
    }

    private static long deleteUnseen(
            DSLContext tx, DatasetLayout layout, long lastSeq, SnapshotEnd end, OffsetDateTime now) {
        String table = '"' + layout.tableName() + '"';
        // keys compare byte-wise, whatever collation the dataset's key column has (PostgreSQL's need saying so)
        String collate = tx.dialect().family() == SQLDialect.POSTGRES ? " collate \"C\"" : "";
        String unseen = " where not exists (select 1 from snapshot_key s where s.snapshot_id = ? and s.record_key = t."
                + KEY + collate + ")";
        int logged = tx.execute(
                "insert into change_log (dataset_id, seq, op, record_key, payload, schema_version, run_id, changed_at)"
                        + " select ?, cast(? as bigint) + row_number() over (order by t." + KEY + "), 'd', t." + KEY
                        + ", null, ?, ?, cast(? as timestamp with time zone) from " + table + " t" + unseen,
                layout.datasetId(),
                lastSeq,
                layout.schemaVersion(),
                end.runId(),
                now,
                end.snapshotId());
        int deleted = tx.execute("delete from " + table + " t" + unseen, end.snapshotId());
        if (deleted != logged) {
            throw new IllegalStateException("the sweep of snapshot " + end.snapshotId() + " logged " + logged
                    + " deletes but deleted " + deleted + " records; nothing applied");
        }
        return deleted;
    }
}
