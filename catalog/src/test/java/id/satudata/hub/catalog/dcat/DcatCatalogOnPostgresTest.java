package id.satudata.hub.catalog.dcat;

import id.satudata.hub.catalog.api.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class DcatCatalogOnPostgresTest extends DcatCatalogContract {

    static final TestDatabase DATABASE = TestDatabase.postgres();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        DATABASE.register(properties);
    }

    @AfterAll
    void dropDatabase() {
        DATABASE.close();
    }
}
