package id.satudata.hub.catalog.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The catalog's read API alone, with a pipeline directory the tests fill. */
@SpringBootApplication(scanBasePackages = {"id.satudata.hub.catalog.api", "id.satudata.hub.catalog.health"})
public class ApiTestApplication {

    @Bean
    TestPipelineDirectory pipelineDirectory() {
        return new TestPipelineDirectory();
    }
}
