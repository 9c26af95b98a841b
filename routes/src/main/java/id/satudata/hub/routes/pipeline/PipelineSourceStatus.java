package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.config.Durations;
import id.satudata.hub.connectors.ingest.SourceStatus;
import id.satudata.hub.routes.definition.PipelineDefinition;
import java.time.Duration;

/** A source's reports as its pipeline's state: DEGRADED with the last error while retrying, FAILED when it stopped. */
final class PipelineSourceStatus implements SourceStatus {

    private final PipelineDefinition pipeline;
    private final PipelineStates states;

    PipelineSourceStatus(PipelineDefinition pipeline, PipelineStates states) {
        this.pipeline = pipeline;
        this.states = states;
    }

    @Override
    public void recovered() {
        states.put(pipeline, PipelineStates.RUNNING, null);
    }

    @Override
    public void retrying(String reason, Duration retryIn) {
        states.put(pipeline, PipelineStates.DEGRADED, reason + "; retrying in " + Durations.format(retryIn));
    }

    @Override
    public void failed(String reason) {
        states.put(pipeline, PipelineStates.FAILED, reason);
    }
}
