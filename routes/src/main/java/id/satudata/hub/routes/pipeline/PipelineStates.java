package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineBoard;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import org.springframework.stereotype.Component;

/** The pipelines of this hub and their states, as the API and health read them. */
@Component
public class PipelineStates extends PipelineBoard {

    public static final String RUNNING = "RUNNING";
    /** Running, but its source meets failures that it retries, such as an agency API answering 503. */
    public static final String DEGRADED = "DEGRADED";

    public static final String FAILED = "FAILED";
    public static final String INVALID = "INVALID";

    /** Changes the state and message of a pipeline already on the board; one not on it is left off. */
    public void change(String pipelineId, String state, String message) {
        pipeline(pipelineId)
                .ifPresent(info -> put(new PipelineInfo(
                        info.id(), info.datasetId(), info.sourceKind(), state, message, info.source())));
    }
}
