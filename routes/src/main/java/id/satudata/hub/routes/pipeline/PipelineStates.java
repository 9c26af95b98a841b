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

    /** Stopped by an operator through the API ({@code POST .../pause}) until resumed; not kept over a restart. */
    public static final String PAUSED = "PAUSED";

    public static final String FAILED = "FAILED";
    public static final String STOPPED = "STOPPED";
    public static final String INVALID = "INVALID";

    /** Changes the state and message of a pipeline already on the board; one not on it is left off. */
    public void change(String pipelineId, String state, String message) {
        update(pipelineId, info -> info.withState(state, message));
    }

    /**
     * Sets a valid pipeline's state, with its declared source settings (secrets are only ever references); what
     * its source reported in the details stays.
     */
    public synchronized void put(PipelineDefinition pipeline, String state, String message) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", pipeline.sourceKind());
        source.putAll(pipeline.sourceSettings());
        Map<String, Object> details =
                pipeline(pipeline.id()).map(PipelineInfo::details).orElse(Map.of());
        put(new PipelineInfo(
                pipeline.id(), pipeline.datasetId(), pipeline.sourceKind(), state, message, source, details));
    }

    /** A state the pipeline's source reports; a paused pipeline stays paused whatever a last poll ending says. */
    public synchronized void reported(PipelineDefinition pipeline, String state, String message) {
        boolean paused =
                pipeline(pipeline.id()).map(info -> PAUSED.equals(info.state())).orElse(false);
        if (!paused) {
            put(pipeline, state, message);
        }
    }
}
