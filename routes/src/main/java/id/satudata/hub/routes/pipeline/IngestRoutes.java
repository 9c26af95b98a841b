package id.satudata.hub.routes.pipeline;

import java.util.concurrent.Executor;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * The route every polling or file source kind adds per pipeline, named {@code ingest-<pipeline id>}. Stopping it
 * waits for the file or poll under way to end, so what a stopped route read is committed or rolled back whole.
 */
final class IngestRoutes {

    private IngestRoutes() {}

    /** Stops the pipeline's route and takes it out of Camel; what it committed stays committed. */
    static void remove(CamelContext camel, String pipelineId) throws Exception {
        String routeId = routeId(pipelineId);
        camel.getRouteController().stopRoute(routeId);
        camel.removeRoute(routeId);
    }

    /** Stops the route, keeping it to start again: nothing is consumed until {@link #resume}. */
    static void pause(CamelContext camel, String pipelineId) throws Exception {
        camel.getRouteController().stopRoute(routeId(pipelineId));
    }

    static void resume(CamelContext camel, String pipelineId) throws Exception {
        camel.getRouteController().startRoute(routeId(pipelineId));
    }

    /**
     * Runs one poll of a route whose consumer polls on a schedule (a file inbox scan), on a thread of its own so that
     * the caller does not wait for the files it finds; the file consumer's in-progress marks keep a file that the
     * scheduled poll picks up at the same time from being read twice.
     */
    static void pollNow(CamelContext camel, String pipelineId, Executor executor) {
        Route route = camel.getRoute(routeId(pipelineId));
        if (route == null || !(route.getConsumer() instanceof ScheduledPollConsumer consumer)) {
            throw new IllegalStateException("pipeline " + pipelineId + " has no scheduled poll to run now");
        }
        executor.execute(consumer);
    }

    private static String routeId(String pipelineId) {
        return "ingest-" + pipelineId;
    }
}
