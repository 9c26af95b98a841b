package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineBoard;
import org.springframework.stereotype.Component;

/** The pipelines of this hub and their states, as the API and health read them. */
@Component
public class PipelineStates extends PipelineBoard {

    public static final String RUNNING = "RUNNING";
    public static final String FAILED = "FAILED";
    /** The source cannot be reached now; the pipeline retries with backoff. */
    public static final String DEGRADED = "DEGRADED";

    public static final String STOPPED = "STOPPED";
    public static final String INVALID = "INVALID";
}
