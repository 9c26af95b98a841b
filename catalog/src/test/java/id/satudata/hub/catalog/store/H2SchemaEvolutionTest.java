package id.satudata.hub.catalog.store;

/** Schema evolution of a dataset's table on the embedded default, H2. */
class H2SchemaEvolutionTest extends SchemaEvolutionContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
