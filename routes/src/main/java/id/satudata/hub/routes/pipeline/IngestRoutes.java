package id.satudata.hub.routes.pipeline;

import org.apache.camel.CamelContext;

/** The route every polling or file source kind adds per pipeline, named {@code ingest-<pipeline id>}. */
final class IngestRoutes {

    private IngestRoutes() {}

    /** Stops the pipeline's route and takes it out of Camel; what it committed stays committed. */
    static void remove(CamelContext camel, String pipelineId) throws Exception {
        String routeId = "ingest-" + pipelineId;
        camel.getRouteController().stopRoute(routeId);
        camel.removeRoute(routeId);
    }
}
