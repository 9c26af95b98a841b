package id.satudata.hub.routes.pipeline;

import org.apache.camel.CamelContext;

/**
 * A source kind that runs each pipeline as its own route, {@code ingest-<pipeline id>} ({@link IngestRoutes}):
 * removed with its route, and paused by stopping the route, so that nothing is consumed until it starts again.
 */
interface RoutedSourceStarter extends SourceStarter {

    /** The context the pipelines' routes run in. */
    CamelContext camel();

    @Override
    default void remove(String pipelineId) throws Exception {
        IngestRoutes.remove(camel(), pipelineId);
    }

    /** The file or poll under way when paused is read to its end first. */
    @Override
    default void pause(String pipelineId) throws Exception {
        IngestRoutes.pause(camel(), pipelineId);
    }

    @Override
    default void resume(String pipelineId) throws Exception {
        IngestRoutes.resume(camel(), pipelineId);
    }
}
