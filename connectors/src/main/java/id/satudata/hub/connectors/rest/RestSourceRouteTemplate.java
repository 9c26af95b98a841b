package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;

/**
 * The route template of a REST pipeline: on the pipeline's schedule, poll its API once, page by page. A poll starts
 * when the one before has ended (fixed delay), so that a slow API never sees two runs of a pipeline at once. The
 * poll records its own failures in its run and the pipeline's state, so the route has no error to handle.
 */
public final class RestSourceRouteTemplate extends RouteBuilder {

    public static final String TEMPLATE_ID = "rest-source";
    static final String INGESTION_BEAN = "restIngestion";

    @Override
    public void configure() {
        // spotless:off
        routeTemplate(TEMPLATE_ID)
            .templateParameter("pipelineId")
            .templateParameter("periodMillis")
            .from("timer:rest-{{pipelineId}}?period={{periodMillis}}&delay=0&fixedRate=false")
                .process("{{" + INGESTION_BEAN + "}}").id("poll-pages");
        // spotless:on
    }

    /** Adds the route {@code ingest-<pipelineId>} of one REST pipeline to a context that has this template. */
    public static void addRoute(
            CamelContext context,
            String pipelineId,
            Duration pollInterval,
            RestSourceSettings settings,
            Secrets secrets,
            IngestSink sink,
            SourceHealth health)
            throws Exception {
        addRoute(context, pipelineId, pollInterval, ingestion(pipelineId, settings, secrets, sink, health));
    }

    /** The polls of a pipeline's REST source, on the system's clock. */
    public static RestIngestion ingestion(
            String pipelineId, RestSourceSettings settings, Secrets secrets, IngestSink sink, SourceHealth health) {
        return RestSource.ingestion(pipelineId, settings, secrets, sink, health, TimeSource.system());
    }

    public static void addRoute(CamelContext context, String pipelineId, Duration pollInterval, RestIngestion ingestion)
            throws Exception {
        TemplatedRouteBuilder.builder(context, TEMPLATE_ID)
                .routeId("ingest-" + pipelineId)
                .parameter("pipelineId", pipelineId)
                .parameter("periodMillis", String.valueOf(pollInterval.toMillis()))
                .bean(INGESTION_BEAN, (Processor) exchange -> ingestion.poll())
                .add();
    }
}
