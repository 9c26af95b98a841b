package id.satudata.hub.catalog.store;

/** Idempotent push answers on PostgreSQL. */
class PostgresIdempotentRequestsTest extends IdempotentRequestsContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
