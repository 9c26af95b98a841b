package id.satudata.hub.catalog.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The registry's HTTP API in a test application, called through {@link RegistryHttp}: what its contracts share. */
@SpringBootTest(classes = RegistryTestApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegistryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    RegistryHttp http;

    @BeforeAll
    void client() {
        http = new RegistryHttp(mvc, json);
    }
}
