package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.connectors.rest.RestIngestion;
import id.satudata.hub.connectors.rest.RestSourceRouteTemplate;
import id.satudata.hub.connectors.rest.RestSourceSettings;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.PipelineDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * REST pipelines: polled on their schedule, with secrets from the hub's environment and secrets directory; the
 * source's health moves the pipeline between RUNNING, DEGRADED (retrying) and FAILED (someone has to act).
 */
@Configuration(proxyBeanMethods = false)
public class RestSourceStarter implements RoutedSourceStarter {

    private final CamelContext camel;
    private final PipelineStates states;
    private final Secrets secrets;
    private final Map<String, RestIngestion> ingestions = new ConcurrentHashMap<>();
    private final ExecutorService runsNow;

    public RestSourceStarter(CamelContext camel, HubProperties properties, PipelineStates states) {
        this.camel = camel;
        this.states = states;
        this.secrets = Secrets.of(properties.secrets());
        // Camel shuts it down with the context
        this.runsNow = camel.getExecutorServiceManager().newCachedThreadPool(this, "rest-run-now");
    }

    /** Camel adds the template to the context like any route builder bean. */
    @Bean
    static RouteBuilder restSourceRouteTemplate() {
        return new RestSourceRouteTemplate();
    }

    @Override
    public CamelContext camel() {
        return camel;
    }

    @Override
    public String kind() {
        return "rest";
    }

    @Override
    public void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth health) throws Exception {
        RestIngestion ingestion = RestSourceRouteTemplate.ingestion(
                pipeline.id(), pipeline.typedSource(RestSourceSettings.class), secrets, sink, health);
        RestSourceRouteTemplate.addRoute(camel, pipeline.id(), pipeline.pollInterval(), ingestion);
        ingestions.put(pipeline.id(), ingestion);
    }

    @Override
    public void remove(String pipelineId) throws Exception {
        IngestRoutes.remove(camel, pipelineId);
        ingestions.remove(pipelineId);
    }

    /** Polls on a thread of its own; a poll on schedule under way ends first, since polls take turns. */
    @Override
    public void runNow(String pipelineId) {
        RestIngestion ingestion = ingestions.get(pipelineId);
        if (ingestion == null) {
            throw new IllegalStateException("pipeline " + pipelineId + " has no REST source running");
        }
        runsNow.execute(ingestion::poll);
    }
}
