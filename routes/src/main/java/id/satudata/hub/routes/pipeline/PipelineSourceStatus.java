package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.routes.definition.PipelineDefinition;

/** A source's reports as its pipeline's state: DEGRADED with the last error while retrying, FAILED when it stopped. */
final class PipelineSourceStatus implements SourceHealth {

    private final PipelineDefinition pipeline;
    private final PipelineStates states;

    PipelineSourceStatus(PipelineDefinition pipeline, PipelineStates states) {
        this.pipeline = pipeline;
        this.states = states;
    }

    @Override
    public void healthy() {
        states.reported(pipeline, PipelineStates.RUNNING, null);
    }

    @Override
    public void degraded(String message) {
        states.reported(pipeline, PipelineStates.DEGRADED, message);
    }

    @Override
    public void failed(String reason) {
        states.reported(pipeline, PipelineStates.FAILED, reason);
    }
}
