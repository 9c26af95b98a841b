package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import id.satudata.hub.schemas.conform.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour of the store, run on every database by its subclasses. */
abstract class DatasetStoreContract extends StoreContract {

    private long runId;

    @BeforeEach
    void registerFreshDataset() {
        batchCounter = 0;
        dataset = Kemiskinan.definition();
        store.register(dataset, 1);
        runId = ledger.startRun("pipeline-" + dataset.id(), dataset.id(), "file.csv");
    }

    @Test
    void shouldCreateTypedTableWithColumnPerField() {
        Map<String, String> types = new java.util.HashMap<>();
        for (Record column : dsl.fetch(
                "select column_name, data_type, is_nullable, numeric_precision, numeric_scale"
                        + " from information_schema.columns where table_name = ? and table_schema = current_schema()",
                tableName())) {
            String type = column.get(1, String.class).toLowerCase();
            if (type.equals("numeric")) {
                type += "(" + column.get(3) + "," + column.get(4) + ")";
            }
            types.put(
                    column.get(0, String.class),
                    type + (column.get(2, String.class).equals("YES") ? "?" : ""));
        }
        String text = database.isPostgres() ? "text" : "character varying";
        assertThat(types)
                .containsEntry("_key", text)
                .containsEntry("kode_kabupaten_kota", text)
                .containsEntry("tahun", "integer")
                .containsEntry("nama_kabupaten_kota", text + "?")
                .containsEntry("jumlah_penduduk_miskin", "numeric(10,2)")
                .containsEntry("populasi", "bigint")
                .containsEntry("rasio", "double precision?")
                .containsEntry("aktif", "boolean")
                .containsEntry("tanggal_rilis", "date?")
                .containsEntry("diperbarui", "timestamp with time zone?")
                .containsEntry("satuan", text)
                .containsEntry("_seq", "bigint")
                .containsEntry("_source", text + "?")
                .containsEntry("_schema_version", "integer")
                .containsEntry("_updated_at", "timestamp with time zone")
                .hasSize(15);
        assertThat(dsl.fetchValue("select table_name from dataset where id = ?", dataset.id()))
                .isEqualTo(tableName());
    }

    @Test
    void shouldRegisterTwiceWithoutChange() {
        store.register(dataset, 1);

        assertThat(dsl.fetchCount(table(name("dataset")), field(name("id")).eq(dataset.id())))
                .isEqualTo(1);
    }

    @Test
    void shouldRejectNullableKeyField() {
        DatasetDefinition nullableKey = new DatasetDefinition(
                "kemiskinan-nullable", "t", "d", "p", List.of("nama_kabupaten_kota"), Kemiskinan.SCHEMA);

        assertThatThrownBy(() -> store.register(nullableKey, 1))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("key field 'nama_kabupaten_kota' must not be nullable")
                .extracting(e -> ((StoreException) e).code())
                .isEqualTo(StoreException.Code.INVALID_DATASET);
    }

    @Test
    void shouldRejectUnknownKeyFieldAndBadIdTogether() {
        DatasetDefinition bad =
                new DatasetDefinition("Kemiskinan_2", "t", "d", "p", List.of("kode_provinsi"), Kemiskinan.SCHEMA);

        assertThatThrownBy(() -> store.register(bad, 1))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("dataset id 'Kemiskinan_2' must match")
                .hasMessageContaining("key field 'kode_provinsi' is not a field of the schema");
    }

    @Test
    void shouldInsertNewRecordsAndLogThemAsCreates() {
        BatchOutcome outcome =
                apply(List.of(Kemiskinan.upsert("3201", 2022, "12.50"), Kemiskinan.upsert("3202", 2022, "7.00")));

        assertThat(outcome).isEqualTo(new BatchOutcome(2, 0, 0, 0));
        Record stored = dsl.fetchOne(
                "select jumlah_penduduk_miskin, tanggal_rilis, _seq, _source from " + tableName() + " where _key = ?",
                "3201:2022");
        assertThat(stored.get(0, BigDecimal.class)).isEqualByComparingTo("12.50");
        assertThat(stored.get(1).toString()).isEqualTo("2022-01-30");
        assertThat(stored.get(2, Long.class)).isEqualTo(1L);
        assertThat(stored.get(3, String.class)).isEqualTo("pipeline-" + dataset.id());
        assertThat(log()).extracting(row -> row.get(0)).containsExactly("1 c 3201:2022", "2 c 3202:2022");
        assertThat(log().get(0).get(1))
                .isEqualTo(
                        "{\"kode_kabupaten_kota\":\"3201\",\"tahun\":2022,\"nama_kabupaten_kota\":\"KABUPATEN 3201\","
                                + "\"jumlah_penduduk_miskin\":12.50,\"populasi\":1002022,\"rasio\":0.125,\"aktif\":true,"
                                + "\"tanggal_rilis\":\"2022-01-30\",\"diperbarui\":\"2024-02-01T03:04:05.678Z\","
                                + "\"satuan\":\"RIBU_JIWA\"}");
        assertThat(datasetRow()).containsExactly(2L, 2L);
    }

    @Test
    void shouldCountIdenticalReapplyAsUnchangedAndLogNothing() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "12.50")));

        BatchOutcome again = apply(List.of(Kemiskinan.upsert("3201", 2022, "12.50")));

        assertThat(again).isEqualTo(new BatchOutcome(0, 1, 0, 0));
        assertThat(log()).hasSize(1);
        assertThat(datasetRow()).containsExactly(1L, 1L);
    }

    @Test
    void shouldUpdateChangedValueAndLogUpdate() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "12.50")));

        BatchOutcome changed = apply(List.of(Kemiskinan.upsert("3201", 2022, "13.00")));

        assertThat(changed).isEqualTo(new BatchOutcome(1, 0, 0, 0));
        assertThat(log()).extracting(row -> row.get(0)).containsExactly("1 c 3201:2022", "2 u 3201:2022");
        assertThat(log().get(1).get(1)).contains("\"jumlah_penduduk_miskin\":13.00");
        assertThat(dsl.fetchValue("select _seq from " + tableName() + " where _key = '3201:2022'"))
                .isEqualTo(2L);
    }

    @Test
    void shouldUpdateWhenNullableFieldBecomesNull() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "12.50")));
        var record = Kemiskinan.record("3201", 2022, "12.50");
        record.put("nama_kabupaten_kota", null);

        BatchOutcome changed = apply(List.of(new RecordChange.Upsert(record)));

        assertThat(changed).isEqualTo(new BatchOutcome(1, 0, 0, 0));
    }

    @Test
    void shouldDeleteExistingKeyAndCountMissingKeyAsUnchanged() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "12.50")));

        BatchOutcome deleted =
                apply(List.of(new RecordChange.Delete("3201:2022"), new RecordChange.Delete("9999:2022")));

        assertThat(deleted).isEqualTo(new BatchOutcome(0, 1, 1, 0));
        assertThat(log()).extracting(row -> row.get(0)).containsExactly("1 c 3201:2022", "2 d 3201:2022");
        assertThat(log().get(1).get(1)).isNull();
        assertThat(dsl.fetchCount(table(name(tableName())))).isZero();
        assertThat(datasetRow()).containsExactly(2L, 0L);
    }

    @Test
    void shouldApplySameKeyTwiceInOneBatchInOrder() {
        BatchOutcome outcome = apply(List.of(
                Kemiskinan.upsert("3201", 2022, "1.00"),
                Kemiskinan.upsert("3202", 2022, "5.00"),
                Kemiskinan.upsert("3201", 2022, "2.00"),
                new RecordChange.Delete("3202:2022"),
                Kemiskinan.upsert("3201", 2022, "2.00")));

        assertThat(outcome).isEqualTo(new BatchOutcome(3, 1, 1, 0));
        assertThat(log())
                .extracting(row -> row.get(0))
                .containsExactly("1 c 3201:2022", "2 c 3202:2022", "3 u 3201:2022", "4 d 3202:2022");
        assertThat(dsl.fetchOne("select jumlah_penduduk_miskin from " + tableName() + " where _key = '3201:2022'")
                        .get(0, BigDecimal.class))
                .isEqualByComparingTo("2.00");
    }

    @Test
    void shouldKeepChangeLogGaplessAndOrderedAcrossBatches() {
        for (int batch = 0; batch < 3; batch++) {
            List<RecordChange> changes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                changes.add(Kemiskinan.upsert("32" + i, 2000 + batch, batch + "." + i));
            }
            apply(changes);
        }

        List<Long> seqs = entries().stream().map(ChangeEntry::seq).toList();
        assertThat(seqs).hasSize(150);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(i + 1L);
        }
        assertThat(log().get(50).get(0)).isEqualTo("51 c 320:2001");
        assertThat(datasetRow()).containsExactly(150L, 150L);
    }

    @Test
    void shouldFileQuarantinedRecordsWithRawAndViolations() {
        QuarantinedRecord rejected = new QuarantinedRecord(
                7,
                Map.of("tahun", "20x2"),
                List.of(new Violation("tahun", "20x2", "int", "'20x2' is not a whole number")));

        BatchOutcome outcome = store.apply(
                dataset.id(),
                new IngestBatch(
                        pipelineId(),
                        runId,
                        "file.csv",
                        2,
                        List.of(Kemiskinan.upsert("3201", 2022, "1.00")),
                        List.of(rejected),
                        "row:2"));

        assertThat(outcome).isEqualTo(new BatchOutcome(1, 0, 0, 1));
        Record row = dsl.fetchOne(
                "select record_index, raw, violations, pipeline_id, run_id, source_ref from quarantine where dataset_id = ?",
                dataset.id());
        assertThat(row.get(0, Long.class)).isEqualTo(7L);
        assertThat(row.get(1, String.class)).isEqualTo("{\"tahun\":\"20x2\"}");
        assertThat(row.get(2, String.class))
                .isEqualTo("[{\"field\":\"tahun\",\"rawValue\":\"20x2\",\"rule\":\"int\","
                        + "\"message\":\"'20x2' is not a whole number\"}]");
        assertThat(row.get(3, String.class)).isEqualTo(pipelineId());
        assertThat(row.get(4, Long.class)).isEqualTo(runId);
        assertThat(row.get(5, String.class)).isEqualTo("file.csv");
    }

    @Test
    void shouldReconcileRunCountsOverBatches() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "1.00"), Kemiskinan.upsert("3202", 2022, "1.00")));
        QuarantinedRecord rejected = new QuarantinedRecord(3, Map.of("tahun", "x"), List.of());
        store.apply(
                dataset.id(),
                new IngestBatch(
                        pipelineId(),
                        runId,
                        "file.csv",
                        3,
                        List.of(Kemiskinan.upsert("3201", 2022, "1.00"), new RecordChange.Delete("3202:2022")),
                        List.of(rejected),
                        "row:5"));

        assertThat(runCounts()).containsExactly(5L, 2L, 1L, 1L, 1L);
        assertThat(ledger.position(pipelineId())).contains("row:5");
    }

    @Test
    void shouldRollBackEverythingWhenBatchFails() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "1.00")));
        QuarantinedRecord rejected = new QuarantinedRecord(3, Map.of("tahun", "x"), List.of());
        // numeric(10,2) cannot hold this: the database refuses the batch
        IngestBatch failing = new IngestBatch(
                pipelineId(),
                runId,
                "file.csv",
                3,
                List.of(Kemiskinan.upsert("3202", 2022, "2.00"), Kemiskinan.upsert("3203", 2022, "123456789012.00")),
                List.of(rejected),
                "row:4");

        assertThatThrownBy(() -> store.apply(dataset.id(), failing)).isNotInstanceOf(StoreException.class);

        assertThat(ledger.position(pipelineId())).contains("row:1");
        assertThat(runCounts()).containsExactly(1L, 1L, 0L, 0L, 0L);
        assertThat(log()).hasSize(1);
        assertThat(datasetRow()).containsExactly(1L, 1L);
        assertThat(dsl.fetchCount(table(name(tableName())))).isEqualTo(1);
        assertThat(dsl.fetchCount(
                        table(name("quarantine")), field(name("dataset_id")).eq(dataset.id())))
                .isZero();
        assertThat(apply(List.of(Kemiskinan.upsert("3202", 2022, "2.00")))).isEqualTo(new BatchOutcome(1, 0, 0, 0));
    }

    @Test
    void shouldRememberAnIngestedFileOncePerPipelineAndEndItsRun() {
        String pipeline = "pipeline-" + dataset.id();
        String checksum = "ab" + System.nanoTime();
        assertThat(ledger.fileIngested(pipeline, checksum)).isFalse();

        ledger.finishFileRun(runId, checksum, "file.csv");
        long again = ledger.startRun(pipeline, dataset.id(), "copy.csv");
        ledger.finishFileRun(again, checksum, "copy.csv");

        assertThat(ledger.fileIngested(pipeline, checksum)).isTrue();
        assertThat(ledger.fileIngested("another-pipeline", checksum)).isFalse();
        assertThat(dsl.fetchValue("select status from ingest_run where id = ?", runId))
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void shouldApplyBatchesPreparedAheadInTheOrderTheyAreApplied() {
        PreparedBatch first = store.prepare(dataset.id(), batch(List.of(Kemiskinan.upsert("3201", 2022, "1.00"))));
        PreparedBatch second = store.prepare(
                dataset.id(),
                batch(List.of(Kemiskinan.upsert("3201", 2022, "2.00"), Kemiskinan.upsert("3202", 2022, "3.00"))));

        assertThat(store.apply(first)).isEqualTo(new BatchOutcome(1, 0, 0, 0));
        assertThat(store.apply(second)).isEqualTo(new BatchOutcome(2, 0, 0, 0));

        assertThat(log())
                .extracting(row -> row.get(0))
                .containsExactly("1 c 3201:2022", "2 u 3201:2022", "3 c 3202:2022");
        assertThat(ledger.position(pipelineId())).contains("row:" + batchCounter);
    }

    @Test
    void shouldNumberNewAndExistingKeysInSourceOrderAfterABatchOfOnlyNewKeys() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "1.00"), Kemiskinan.upsert("3202", 2022, "2.00")));

        BatchOutcome mixed = apply(List.of(
                Kemiskinan.upsert("3203", 2022, "3.00"),
                Kemiskinan.upsert("3201", 2022, "1.50"),
                Kemiskinan.upsert("3202", 2022, "2.00")));
        BatchOutcome fresh = apply(List.of(Kemiskinan.upsert("3204", 2022, "4.00")));

        assertThat(mixed).isEqualTo(new BatchOutcome(2, 1, 0, 0));
        assertThat(fresh).isEqualTo(new BatchOutcome(1, 0, 0, 0));
        assertThat(log())
                .extracting(row -> row.get(0))
                .containsExactly("1 c 3201:2022", "2 c 3202:2022", "3 c 3203:2022", "4 u 3201:2022", "5 c 3204:2022");
        assertThat(datasetRow()).containsExactly(5L, 4L);
    }

    @Test
    void shouldFailRunsLeftRunningByAStopAndKeepWhatTheyCommitted() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "1.00")));
        long finished = ledger.startRun(pipelineId(), dataset.id(), "other.csv");
        ledger.finishRun(finished, RunStatus.SUCCEEDED, null);

        assertThat(ledger.failUnfinishedRuns("interrupted")).isGreaterThanOrEqualTo(1);

        assertThat(dsl.fetchValue("select status from ingest_run where id = ?", runId))
                .isEqualTo("FAILED");
        assertThat(dsl.fetchValue("select message from ingest_run where id = ?", runId))
                .isEqualTo("interrupted");
        assertThat(dsl.fetchValue("select status from ingest_run where id = ?", finished))
                .isEqualTo("SUCCEEDED");
        assertThat(runCounts().get(1)).isEqualTo(1L);
    }

    @Test
    void shouldRefuseBatchForUnknownDataset() {
        assertThatThrownBy(() -> store.apply(
                        "tidak-ada", new IngestBatch(pipelineId(), runId, "f", 0, List.of(), List.of(), null)))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).code())
                .isEqualTo(StoreException.Code.DATASET_NOT_FOUND);
    }

    @Test
    void shouldDeleteRecordsTheSnapshotDidNotSeeAndLogThemAsDeletes() {
        apply(List.of(
                Kemiskinan.upsert("3201", 2022, "1.00"),
                Kemiskinan.upsert("3202", 2022, "2.00"),
                Kemiskinan.upsert("3203", 2022, "3.00"),
                Kemiskinan.upsert("3204", 2022, "4.00")));
        long snapshot = runId;
        applySnapshot(snapshot, List.of(Kemiskinan.upsert("3201", 2022, "1.00")), List.of());
        applySnapshot(snapshot, List.of(Kemiskinan.upsert("3203", 2022, "3.50")), List.of());

        SweepOutcome swept =
                store.sweepSnapshot(dataset.id(), new SnapshotEnd(pipelineId(), runId, snapshot, "snapshot:done"));

        assertThat(swept).isEqualTo(new SweepOutcome(2, 0));
        assertThat(log())
                .extracting(row -> row.get(0))
                .containsExactly(
                        "1 c 3201:2022",
                        "2 c 3202:2022",
                        "3 c 3203:2022",
                        "4 c 3204:2022",
                        "5 u 3203:2022",
                        "6 d 3202:2022",
                        "7 d 3204:2022");
        assertThat(log().get(5).get(1)).isNull();
        assertThat(dsl.fetch("select _key from " + tableName() + " order by _key")
                        .getValues(0, String.class))
                .containsExactly("3201:2022", "3203:2022");
        assertThat(datasetRow()).containsExactly(7L, 2L);
        assertThat(runCounts()).containsExactly(8L, 5L, 1L, 2L, 0L);
        assertThat(ledger.position(pipelineId())).contains("snapshot:done");
        assertThat(dsl.fetchCount(
                        table(name("snapshot_key")), field(name("snapshot_id")).eq(snapshot)))
                .isZero();
    }

    @Test
    void shouldDeleteNothingWhenARecordOfTheSnapshotWasQuarantined() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "1.00"), Kemiskinan.upsert("3202", 2022, "2.00")));
        long snapshot = runId;
        QuarantinedRecord unreadable = new QuarantinedRecord(2, Map.of("tahun", "20x2"), List.of());
        applySnapshot(snapshot, List.of(Kemiskinan.upsert("3201", 2022, "1.00")), List.of(unreadable));

        SweepOutcome swept =
                store.sweepSnapshot(dataset.id(), new SnapshotEnd(pipelineId(), runId, snapshot, "snapshot:done"));

        assertThat(swept).isEqualTo(new SweepOutcome(0, 1));
        assertThat(dsl.fetchCount(table(name(tableName())))).isEqualTo(2);
        assertThat(log()).hasSize(2);
        assertThat(ledger.position(pipelineId())).contains("snapshot:done");
        assertThat(dsl.fetchCount(
                        table(name("snapshot_key")), field(name("snapshot_id")).eq(snapshot)))
                .isZero();
    }

    @Test
    void shouldDeleteEveryRecordWhenTheSnapshotSawNone() {
        apply(List.of(Kemiskinan.upsert("3201", 2022, "1.00"), Kemiskinan.upsert("3202", 2022, "2.00")));

        SweepOutcome swept =
                store.sweepSnapshot(dataset.id(), new SnapshotEnd(pipelineId(), runId, runId, "snapshot:done"));

        assertThat(swept.deleted()).isEqualTo(2);
        assertThat(dsl.fetchCount(table(name(tableName())))).isZero();
        assertThat(datasetRow()).containsExactly(4L, 0L);
    }

    private void applySnapshot(long snapshotId, List<RecordChange> changes, List<QuarantinedRecord> quarantined) {
        store.apply(
                dataset.id(),
                new IngestBatch(
                        pipelineId(),
                        runId,
                        "source",
                        changes.size() + quarantined.size(),
                        changes,
                        quarantined,
                        "snapshot:" + snapshotId,
                        snapshotId));
    }

    @Test
    void shouldStoreABatchWhoseDurabilityWaitsForItsRunsEndAndLeaveOtherTransactionsAlone() {
        String[] duringTheBatch = new String[1];
        BatchOutcome outcome = store.apply(
                store.prepare(dataset.id(), batch(List.of(Kemiskinan.upsert("3201", 2020, "1.00")))), (tx, done) -> {
                    InBatchTransaction.DEFER_DURABILITY_TO_RUN_END.run(tx, done);
                    if (database.isPostgres()) {
                        duringTheBatch[0] = tx.fetchValue("select current_setting('synchronous_commit')")
                                .toString();
                    }
                });

        assertThat(outcome.stored()).isEqualTo(1);
        assertThat(entries()).extracting(ChangeEntry::recordKey).containsExactly("3201:2020");
        if (database.isPostgres()) {
            assertThat(duringTheBatch[0]).isEqualTo("off");
            assertThat(dsl.fetchValue("select current_setting('synchronous_commit')"))
                    .hasToString("on");
        }
    }

    private int batchCounter;

    private BatchOutcome apply(List<RecordChange> changes) {
        return store.apply(dataset.id(), batch(changes));
    }

    private IngestBatch batch(List<RecordChange> changes) {
        batchCounter++;
        return new IngestBatch(
                pipelineId(), runId, "file.csv", changes.size(), changes, List.of(), "row:" + batchCounter);
    }

    private String pipelineId() {
        return "pipeline-" + dataset.id();
    }

    private String tableName() {
        return "ds_" + dataset.id().replace('-', '_');
    }

    /**
     * Change log entries as "seq op key" and the payload read back from Avro as JSON, in sequence order, read as
     * outlets read them: a segment of creates on PostgreSQL is one row of several entries.
     */
    private List<List<String>> log() {
        return entries().stream()
                .map(entry -> java.util.Arrays.asList(
                        entry.seq() + " " + entry.op() + " " + entry.recordKey(),
                        entry.payload() == null
                                ? null
                                : RecordJson.of(RecordPayload.decode(dataset.schema(), entry.payload()))))
                .toList();
    }

    private List<ChangeEntry> entries() {
        return new JooqChangeLog(dsl).after(dataset.id(), 0, Integer.MAX_VALUE);
    }

    /** last_seq and record_count of the dataset. */
    private List<Long> datasetRow() {
        Record row = dsl.fetchOne("select last_seq, record_count from dataset where id = ?", dataset.id());
        return List.of(row.get(0, Long.class), row.get(1, Long.class));
    }

    /** read, stored, unchanged, deleted and quarantined counts of the run. */
    private List<Long> runCounts() {
        Record row = dsl.fetchOne(
                "select read_count, stored_count, unchanged_count, deleted_count, quarantined_count from ingest_run where id = ?",
                runId);
        return List.of(
                row.get(0, Long.class),
                row.get(1, Long.class),
                row.get(2, Long.class),
                row.get(3, Long.class),
                row.get(4, Long.class));
    }
}
