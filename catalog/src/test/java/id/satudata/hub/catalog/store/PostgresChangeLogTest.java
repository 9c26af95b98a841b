package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Change log reading and outlet positions on PostgreSQL, where each dataset has its own change-log partition. */
class PostgresChangeLogTest extends ChangeLogContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }

    /** Both creates of the batch are one segment row ({@link ChangeLogSegment}). */
    @Test
    void shouldWriteADatasetsChangesIntoItsOwnPartition() {
        apply(Kemiskinan.upsert("3201", 2020, "1.00"), Kemiskinan.upsert("3202", 2020, "2.00"));

        assertThat(ChangeLogPartitionMigrationTest.partitionCounts(database, dataset))
                .containsExactly(java.util.Map.entry(ChangeLogPartitionMigrationTest.partitionOf(dataset), 1L));
    }

    @Test
    void shouldKeepSegmentPayloadsUncompressedInANewDatasetsPartition() {
        assertThat(database.dsl()
                        .fetchValue(
                                "select attstorage from pg_attribute where attrelid = ?::regclass"
                                        + " and attname = 'payload'",
                                ChangeLogPartitionMigrationTest.partitionOf(dataset))
                        .toString())
                .isEqualTo("e");
    }
}
