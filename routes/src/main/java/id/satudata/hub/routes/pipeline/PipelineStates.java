package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineBoard;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import id.satudata.hub.routes.definition.PipelineDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The pipelines of this hub and their states, as the API and health read them. */
@Component
public class PipelineStates extends PipelineBoard {

    public static final String RUNNING = "RUNNING";
    /** Running, but its source fails for now and is being retried; the message is the last error. */
    public static final String DEGRADED = "DEGRADED";

    public static final String FAILED = "FAILED";
    public static final String STOPPED = "STOPPED";
    public static final String INVALID = "INVALID";

    /** Changes the state and message of a pipeline already on the board; one not on it is left off. */
    public void change(String pipelineId, String state, String message) {
        pipeline(pipelineId)
                .ifPresent(info -> put(new PipelineInfo(
                        info.id(), info.datasetId(), info.sourceKind(), state, message, info.source())));
    }

    /** Sets a valid pipeline's state, with its declared source settings (secrets are only ever references). */
    public void put(PipelineDefinition pipeline, String state, String message) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", pipeline.sourceKind());
        source.putAll(pipeline.sourceSettings());
        put(new PipelineInfo(pipeline.id(), pipeline.datasetId(), pipeline.sourceKind(), state, message, source));
    }
}
