package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.api.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class CkanApiOnPostgresTest extends CkanApiContract {

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
