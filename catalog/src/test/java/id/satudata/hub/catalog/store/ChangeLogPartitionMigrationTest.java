package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** V8 on a PostgreSQL store that already holds changes: they move into their datasets' partitions, in order. */
class ChangeLogPartitionMigrationTest {

    @Test
    void shouldMoveEveryExistingChangeIntoItsDatasetsPartition() {
        try (TestDatabase database = TestDatabase.postgres("7")) {
            DatasetDefinition first = Kemiskinan.definition();
            DatasetDefinition second = Kemiskinan.definition();
            logChangesBeforeV8(database, first, "3201:2020", "3202:2020");
            logChangesBeforeV8(database, second, "3273:2020");

            database.migrate(null);

            assertThat(partitionCounts(database, first)).containsExactly(Map.entry(partitionOf(first), 2L));
            assertThat(partitionCounts(database, second)).containsExactly(Map.entry(partitionOf(second), 1L));
            assertThat(new JooqChangeLog(database.dsl()).after(first.id(), 0, 10))
                    .extracting(ChangeEntry::seq, ChangeEntry::recordKey)
                    .containsExactly(tuple(1L, "3201:2020"), tuple(2L, "3202:2020"));
            DatasetDefinition later = Kemiskinan.definition();
            JooqDatasetStore store = new JooqDatasetStore(database.dsl());
            store.register(later, 1);
            long runId = new JooqRunLedger(database.dsl()).startRun("pipeline", later.id(), "file.csv");
            List<RecordChange> changes = List.of(Kemiskinan.upsert("3204", 2020, "1.00"));
            store.apply(later.id(), new IngestBatch("pipeline", runId, "file.csv", 1, changes, List.of(), null));
            assertThat(partitionCounts(database, later)).containsExactly(Map.entry(partitionOf(later), 1L));
        }
    }

    /** A dataset and its changes as a store before V8 kept them: its row, and its entries in the one change log. */
    private static void logChangesBeforeV8(TestDatabase database, DatasetDefinition dataset, String... keys) {
        database.dsl()
                .execute(
                        "insert into dataset (id, key_fields, schema_json, table_name, last_seq, created_at)"
                                + " values (?, 'kode,tahun', ?, ?, ?, now())",
                        dataset.id(),
                        dataset.schema().toString(),
                        DatasetLayout.tableNameOf(dataset.id()),
                        keys.length);
        for (int i = 0; i < keys.length; i++) {
            database.dsl()
                    .execute(
                            "insert into change_log (dataset_id, seq, op, record_key, schema_version, changed_at)"
                                    + " values (?, ?, 'c', ?, 1, now())",
                            dataset.id(),
                            i + 1,
                            keys[i]);
        }
    }

    /** Where the dataset's changes are: partition name and number of changes. */
    static Map<String, Long> partitionCounts(TestDatabase database, DatasetDefinition dataset) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        database.dsl()
                .fetch(
                        "select tableoid::regclass::text as part, count(*) as n from change_log"
                                + " where dataset_id = ? group by 1",
                        dataset.id())
                .forEach(row -> counts.put(row.get(0, String.class), row.get(1, Long.class)));
        return counts;
    }

    static String partitionOf(DatasetDefinition dataset) {
        return "cl_" + DatasetLayout.tableNameOf(dataset.id()).substring("ds_".length());
    }
}
