package id.satudata.hub.catalog.api;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ChangeFeedOnH2Test extends ChangeFeedContract {

    static final TestDatabase DATABASE = TestDatabase.h2();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        DATABASE.register(properties);
    }

    @AfterAll
    void dropDatabase() {
        DATABASE.close();
    }
}
