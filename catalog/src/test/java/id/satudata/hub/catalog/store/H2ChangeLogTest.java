package id.satudata.hub.catalog.store;

/** Change log reading and outlet positions on the embedded default, H2. */
class H2ChangeLogTest extends ChangeLogContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
