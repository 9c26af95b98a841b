package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import id.satudata.hub.schemas.conform.ConformedData;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How outlets read the change log and keep their positions, run on every database by its subclasses. */
abstract class ChangeLogContract extends StoreContract {

    private JooqChangeLog changeLog;
    private JooqOutletPositions positions;

    @BeforeAll
    void openOutlets() {
        changeLog = new JooqChangeLog(database.dsl());
        positions = new JooqOutletPositions(database.dsl());
    }

    @BeforeEach
    void registerFreshDataset() {
        dataset = Kemiskinan.definition();
        store.register(dataset, 1);
    }

    @Test
    void shouldReadEntriesAfterASequenceInOrderUpToTheLimit() {
        apply(
                Kemiskinan.upsert("3201", 2020, "1.00"),
                Kemiskinan.upsert("3202", 2020, "2.00"),
                Kemiskinan.upsert("3201", 2020, "1.50"),
                new RecordChange.Delete("3202:2020"));

        assertThat(changeLog.after(dataset.id(), 0, 10))
                .extracting(ChangeEntry::seq, ChangeEntry::op, ChangeEntry::recordKey, ChangeEntry::isDelete)
                .containsExactly(
                        tuple(1L, 'c', "3201:2020", false),
                        tuple(2L, 'c', "3202:2020", false),
                        tuple(3L, 'u', "3201:2020", false),
                        tuple(4L, 'd', "3202:2020", true));
        assertThat(changeLog.after(dataset.id(), 1, 2))
                .extracting(ChangeEntry::seq)
                .containsExactly(2L, 3L);
        assertThat(changeLog.after(dataset.id(), 4, 10)).isEmpty();
    }

    @Test
    void shouldReadABulkLoadEntryByEntryFromAnyPositionAcrossItsSegments() {
        List<RecordChange> creates = new java.util.ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            creates.add(Kemiskinan.upsert(String.valueOf(3_000_000 + i), 2020, i + ".00"));
        }
        apply(creates.toArray(RecordChange[]::new));
        apply(Kemiskinan.upsert("3001000", 2020, "0.50"));

        List<ChangeEntry> all = changeLog.after(dataset.id(), 0, 10_000);
        assertThat(all)
                .extracting(ChangeEntry::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 2_501)
                        .boxed()
                        .toList());
        assertThat(all.get(999).recordKey()).isEqualTo("3001000:2020");
        assertThat(RecordPayload.decode(Kemiskinan.SCHEMA, all.get(999).payload())
                        .get("jumlah_penduduk_miskin"))
                .hasToString("1000.00");
        assertThat(all.get(2_500).op()).isEqualTo('u');
        assertThat(changeLog.after(dataset.id(), 998, 3))
                .extracting(ChangeEntry::seq, ChangeEntry::op, ChangeEntry::recordKey)
                .containsExactly(
                        tuple(999L, 'c', "3000999:2020"),
                        tuple(1000L, 'c', "3001000:2020"),
                        tuple(1001L, 'c', "3001001:2020"));
        assertThat(changeLog.after(dataset.id(), 1_500, 1))
                .extracting(ChangeEntry::seq)
                .containsExactly(1_501L);
        assertThat(changeLog.after(dataset.id(), 2_499, 10))
                .extracting(ChangeEntry::seq, ChangeEntry::op)
                .containsExactly(tuple(2_500L, 'c'), tuple(2_501L, 'u'));
    }

    @Test
    void shouldKeepThePayloadAsTheStoreWroteItAndNoneForADelete() {
        apply(Kemiskinan.upsert("3201", 2020, "1.25"), new RecordChange.Delete("3201:2020"));

        List<ChangeEntry> entries = changeLog.after(dataset.id(), 0, 10);

        ChangeEntry created = entries.get(0);
        assertThat(created.schemaVersion()).isEqualTo(1);
        GenericRecord record = RecordPayload.decode(Kemiskinan.SCHEMA, created.payload());
        assertThat(ConformedData.model().compare(record, Kemiskinan.record("3201", 2020, "1.25"), Kemiskinan.SCHEMA))
                .as("the record read back from %s", record)
                .isZero();
        assertThat(entries.get(1).payload()).isNull();
    }

    @Test
    void shouldReadTheNextEntriesInKeyOrderWithoutSortingTheRestOnH2() {
        assumeFalse(database.isPostgres(), "PostgreSQL's planner chooses by the table's size");

        String plan = database.dsl()
                .fetchValue("explain " + database.dsl().renderInlined(changeLog.select(dataset.id(), 0, 10)))
                .toString();

        assertThat(plan).contains("/* index sorted */");
    }

    @Test
    void shouldNotReadAnotherDatasetsEntries() {
        apply(Kemiskinan.upsert("3201", 2020, "1.00"));
        DatasetDefinition other = Kemiskinan.definition();
        store.register(other, 1);

        assertThat(changeLog.after(other.id(), 0, 10)).isEmpty();
        assertThat(changeLog.lastSequences()).containsEntry(dataset.id(), 1L).containsEntry(other.id(), 0L);
    }

    @Test
    void shouldStartAnOutletWithoutAPositionAtTheFirstEntry() {
        assertThat(positions.position("kafka", dataset.id())).isZero();
    }

    @Test
    void shouldKeepEachOutletsPositionPerDataset() {
        positions.save("kafka", dataset.id(), 5);
        positions.save("kafka", dataset.id(), 9);
        positions.save("change-feed", dataset.id(), 2);

        assertThat(positions.position("kafka", dataset.id())).isEqualTo(9);
        assertThat(positions.position("change-feed", dataset.id())).isEqualTo(2);
        assertThat(positions.position("kafka", "another-dataset")).isZero();
    }

    void apply(RecordChange... changes) {
        long runId = ledger.startRun("pipeline-" + dataset.id(), dataset.id(), "file.csv");
        store.apply(
                dataset.id(),
                new IngestBatch(
                        "pipeline-" + dataset.id(),
                        runId,
                        "file.csv",
                        changes.length,
                        List.of(changes),
                        List.of(),
                        null));
    }
}
