package id.satudata.hub.catalog.api;

import id.satudata.hub.catalog.pipeline.PipelineBoard;
import id.satudata.hub.catalog.store.JooqChangeLog;
import id.satudata.hub.catalog.store.JooqDatasetStore;
import id.satudata.hub.catalog.store.JooqRunLedger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The catalog alone: the read API comes from its auto-configuration, as it will in the hub; the store fills the
 * tables the API reads, and the pipelines come from a directory the tests fill.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({JooqDatasetStore.class, JooqRunLedger.class, JooqChangeLog.class})
public class ApiTestApplication {

    @Bean
    PipelineBoard pipelineDirectory() {
        return new PipelineBoard();
    }
}
