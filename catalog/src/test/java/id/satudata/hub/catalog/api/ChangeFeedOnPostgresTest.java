package id.satudata.hub.catalog.api;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ChangeFeedOnPostgresTest extends ChangeFeedContract {

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
