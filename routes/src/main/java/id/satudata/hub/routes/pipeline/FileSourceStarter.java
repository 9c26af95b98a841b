package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.file.FileIngestion;
import id.satudata.hub.connectors.file.FileSourceRouteTemplate;
import id.satudata.hub.connectors.file.FileSourceSettings;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.schemas.conform.MappingCompiler;
import java.nio.file.Files;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** File pipelines: the inbox, done and error folders of each pipeline under the hub's data directory. */
@Configuration(proxyBeanMethods = false)
public class FileSourceStarter implements SourceStarter {

    private final CamelContext camel;
    private final HubProperties properties;

    public FileSourceStarter(CamelContext camel, HubProperties properties) {
        this.camel = camel;
        this.properties = properties;
    }

    /** Camel adds the template to the context like any route builder bean. */
    @Bean
    static RouteBuilder fileSourceRouteTemplate() {
        return new FileSourceRouteTemplate();
    }

    @Override
    public String kind() {
        return "file";
    }

    @Override
    public void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth status) throws Exception {
        FileSourceSettings settings = (FileSourceSettings) pipeline.typedSource();
        String id = pipeline.id();
        Files.createDirectories(properties.inbox(id));
        Files.createDirectories(properties.done(id));
        Files.createDirectories(properties.error(id));
        FileIngestion ingestion = new FileIngestion(
                id,
                settings.reading(),
                settings.batchSize(),
                MappingCompiler.sourceFields(
                        pipeline.mapping(), pipeline.dataset().schema()),
                sink);
        FileSourceRouteTemplate.addRoute(
                camel,
                id,
                properties.inbox(id),
                properties.done(id),
                properties.error(id),
                pipeline.pollInterval(),
                settings::includes,
                ingestion);
    }

    @Override
    public void remove(String pipelineId) throws Exception {
        IngestRoutes.remove(camel, pipelineId);
    }
}
