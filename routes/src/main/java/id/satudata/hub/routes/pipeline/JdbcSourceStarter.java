package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.Backoff;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.RetryingPoller;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.connectors.jdbc.JdbcFailureClassifier;
import id.satudata.hub.connectors.jdbc.JdbcIngestion;
import id.satudata.hub.connectors.jdbc.JdbcSourceRouteTemplate;
import id.satudata.hub.connectors.jdbc.JdbcSourceSettings;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.PipelineDefinition;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JDBC pipelines: each polls its source database on the pipeline's schedule, retrying failures that pass by
 * themselves. A password reference that cannot be resolved keeps the pipeline from starting.
 */
@Configuration(proxyBeanMethods = false)
public class JdbcSourceStarter implements RoutedSourceStarter {

    private final CamelContext camel;
    private final Secrets secrets;
    private final Map<String, RetryingPoller> pollers = new ConcurrentHashMap<>();

    public JdbcSourceStarter(CamelContext camel, HubProperties properties) {
        this.camel = camel;
        this.secrets = Secrets.of(properties.secrets());
    }

    @Bean
    static RouteBuilder jdbcSourceRouteTemplate() {
        return new JdbcSourceRouteTemplate();
    }

    @Override
    public CamelContext camel() {
        return camel;
    }

    @Override
    public String kind() {
        return "jdbc";
    }

    @Override
    public void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth status) throws Exception {
        JdbcSourceSettings settings = pipeline.typedSource(JdbcSourceSettings.class);
        if (settings.password() != null) {
            secrets.reveal(settings.password()); // a missing variable or file is a mistake of the set-up: say so now
        }
        RetryingPoller poller = new RetryingPoller(
                "pipeline " + pipeline.id(),
                new JdbcIngestion(pipeline.id(), settings, secrets, sink),
                new JdbcFailureClassifier(),
                status,
                pipeline.pollInterval(),
                Backoff.DEFAULT,
                Clock.systemUTC());
        JdbcSourceRouteTemplate.addRoute(camel, pipeline.id(), pipeline.pollInterval(), poller);
        pollers.put(pipeline.id(), poller);
    }

    @Override
    public void remove(String pipelineId) throws Exception {
        IngestRoutes.remove(camel, pipelineId);
        pollers.remove(pipelineId);
    }

    /** The next tick (within a second) polls; a poll under way counts as the one asked for. */
    @Override
    public void runNow(String pipelineId) {
        RetryingPoller poller = pollers.get(pipelineId);
        if (poller == null || !poller.pollNow()) {
            throw new IllegalStateException(
                    "pipeline " + pipelineId + " stopped polling after a failure that retrying cannot fix");
        }
    }
}
