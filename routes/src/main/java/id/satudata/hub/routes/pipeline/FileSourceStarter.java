package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.file.FileIngestion;
import id.satudata.hub.connectors.file.FileSourceRouteTemplate;
import id.satudata.hub.connectors.file.FileSourceRouteTemplate.Folders;
import id.satudata.hub.connectors.file.FileSourceSettings;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.schemas.conform.MappingCompiler;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** File pipelines: the inbox, done and error folders of each pipeline under the hub's data directory. */
@Configuration(proxyBeanMethods = false)
public class FileSourceStarter implements RoutedSourceStarter {

    private final CamelContext camel;
    private final HubProperties properties;
    private final ExecutorService runsNow;

    public FileSourceStarter(CamelContext camel, HubProperties properties) {
        this.camel = camel;
        this.properties = properties;
        // Camel shuts it down with the context
        this.runsNow = camel.getExecutorServiceManager().newCachedThreadPool(this, "file-run-now");
    }

    /** Camel adds the template to the context like any route builder bean. */
    @Bean
    static RouteBuilder fileSourceRouteTemplate() {
        return new FileSourceRouteTemplate();
    }

    @Override
    public CamelContext camel() {
        return camel;
    }

    @Override
    public String kind() {
        return "file";
    }

    @Override
    public void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth status) throws Exception {
        addInboxRoute(
                pipeline,
                pipeline.typedSource(FileSourceSettings.class),
                sink,
                pipeline.pollInterval(),
                new DefaultPollingConsumerPollStrategy());
    }

    /**
     * Adds the route that ingests the files landing in a pipeline's inbox, read as {@code settings} say, looking
     * every {@code delay}; {@code pollStrategy} runs around each look, e.g. to fetch files from elsewhere first.
     */
    void addInboxRoute(
            PipelineDefinition pipeline,
            FileSourceSettings settings,
            IngestSink sink,
            Duration delay,
            PollingConsumerPollStrategy pollStrategy)
            throws Exception {
        String id = pipeline.id();
        Folders folders = new Folders(properties.inbox(id), properties.done(id), properties.error(id));
        Files.createDirectories(folders.inbox());
        Files.createDirectories(folders.done());
        Files.createDirectories(folders.error());
        FileIngestion ingestion = new FileIngestion(
                id,
                settings.reading(),
                settings.batchSize(),
                MappingCompiler.sourceFields(
                        pipeline.mapping(), pipeline.dataset().schema()),
                sink);
        FileSourceRouteTemplate.addRoute(camel, id, folders, delay, settings::includes, ingestion, pollStrategy);
    }

    /** Scans the inbox now; files being written (dot-names, still growing) wait for their turn as on schedule. */
    @Override
    public void runNow(String pipelineId) {
        IngestRoutes.pollNow(camel, pipelineId, runsNow);
    }
}
