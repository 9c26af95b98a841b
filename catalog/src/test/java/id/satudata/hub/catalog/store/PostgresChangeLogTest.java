package id.satudata.hub.catalog.store;

/** Change log reading and outlet positions on PostgreSQL. */
class PostgresChangeLogTest extends ChangeLogContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
