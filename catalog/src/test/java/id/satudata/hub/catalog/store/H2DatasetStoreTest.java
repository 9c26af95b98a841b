package id.satudata.hub.catalog.store;

/** The store's behaviour on the embedded default, H2. */
class H2DatasetStoreTest extends DatasetStoreContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
