package id.satudata.hub.catalog.store;

/** Schema evolution of a dataset's table on PostgreSQL. */
class PostgresSchemaEvolutionTest extends SchemaEvolutionContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
