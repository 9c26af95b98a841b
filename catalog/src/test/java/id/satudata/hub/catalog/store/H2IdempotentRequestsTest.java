package id.satudata.hub.catalog.store;

/** Idempotent push answers on the embedded default, H2. */
class H2IdempotentRequestsTest extends IdempotentRequestsContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
