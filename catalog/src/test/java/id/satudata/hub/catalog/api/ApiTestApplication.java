package id.satudata.hub.catalog.api;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application with the catalog on its class path and nothing else: the read API comes from its
 * auto-configuration, as it will in the hub, and the pipelines from a directory the tests fill.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ApiTestApplication {

    @Bean
    TestPipelineDirectory pipelineDirectory() {
        return new TestPipelineDirectory();
    }
}
