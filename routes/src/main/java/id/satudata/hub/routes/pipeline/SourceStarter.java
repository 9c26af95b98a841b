package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.routes.definition.PipelineDefinition;

/** Starts the route of one source kind for a pipeline; one bean per kind. */
public interface SourceStarter {

    /** The source kind this starter handles, as declared in {@code source.kind}. */
    String kind();

    /**
     * Adds and starts the pipeline's route, delivering into {@code sink}; a source that fails while running reports
     * it to {@code status}.
     */
    void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth status) throws Exception;

    /**
     * Called once every pipeline of this kind was handed to {@link #start}: a kind whose pipelines share a source
     * connection (CDC: one engine per database) starts it here.
     */
    default void allStarted() {}

    /** Copies the pipeline's source again while it runs; kinds that cannot say why. */
    default void snapshot(String pipelineId) {
        throw new IllegalStateException("a " + kind() + " pipeline has no snapshot on demand");
    }

    /** Stops the pipeline and releases what its source keeps for it. */
    void remove(String pipelineId) throws Exception;

    /**
     * Stops the pipeline so that it can start again with a changed declaration, keeping what its source keeps for
     * it (a CDC replication slot); kinds whose source keeps nothing simply remove it.
     */
    default void stop(String pipelineId) throws Exception {
        remove(pipelineId);
    }

    /** Polls the source now instead of when the schedule says; kinds that do not poll say why. */
    default void runNow(String pipelineId) {
        throw new IllegalStateException("a " + kind() + " pipeline does not poll, so it cannot be run on demand");
    }

    /** Stops consuming the source, keeping the pipeline and its position; kinds that cannot say why. */
    default void pause(String pipelineId) throws Exception {
        throw new IllegalStateException("a " + kind() + " pipeline cannot be paused");
    }

    /** Consumes the source again after {@link #pause}. */
    default void resume(String pipelineId) throws Exception {
        throw new IllegalStateException("a " + kind() + " pipeline cannot be paused, so there is nothing to resume");
    }
}
