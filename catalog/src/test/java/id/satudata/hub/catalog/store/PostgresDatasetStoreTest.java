package id.satudata.hub.catalog.store;

/** The store's behaviour on PostgreSQL, through the COPY fast path. */
class PostgresDatasetStoreTest extends DatasetStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
