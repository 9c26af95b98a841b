package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.connectors.rest.RestSourceRouteTemplate;
import id.satudata.hub.connectors.rest.RestSourceSettings;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.PipelineDefinition;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * REST pipelines: polled on their schedule, with secrets from the hub's environment and secrets directory; the
 * source's health moves the pipeline between RUNNING, DEGRADED (retrying) and FAILED (someone has to act).
 */
@Configuration(proxyBeanMethods = false)
public class RestSourceStarter implements SourceStarter {

    private final CamelContext camel;
    private final PipelineStates states;
    private final Secrets secrets;

    public RestSourceStarter(CamelContext camel, HubProperties properties, PipelineStates states) {
        this.camel = camel;
        this.states = states;
        this.secrets = Secrets.of(properties.secrets());
    }

    /** Camel adds the template to the context like any route builder bean. */
    @Bean
    static RouteBuilder restSourceRouteTemplate() {
        return new RestSourceRouteTemplate();
    }

    @Override
    public String kind() {
        return "rest";
    }

    @Override
    public void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth health) throws Exception {
        RestSourceRouteTemplate.addRoute(
                camel,
                pipeline.id(),
                pipeline.pollInterval(),
                pipeline.typedSource(RestSourceSettings.class),
                secrets,
                sink,
                health);
    }

    @Override
    public void remove(String pipelineId) throws Exception {
        IngestRoutes.remove(camel, pipelineId);
    }
}
