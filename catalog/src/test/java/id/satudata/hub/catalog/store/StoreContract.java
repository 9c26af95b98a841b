package id.satudata.hub.catalog.store;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A store on a migrated database of its own for one test class: what every store contract starts from, run on
 * each database by the contract's subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    TestDatabase database;
    DSLContext dsl;
    JooqDatasetStore store;
    JooqRunLedger ledger;
    /** The dataset of the test under way, registered by each contract as its tests need. */
    DatasetDefinition dataset;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void openStore() {
        database = openDatabase();
        dsl = database.dsl();
        store = new JooqDatasetStore(dsl);
        ledger = new JooqRunLedger(dsl);
    }

    @AfterAll
    void closeStore() {
        database.close();
    }
}
