package id.satudata.hub.catalog.pipeline;

/**
 * What the API may ask of the hub's pipelines, implemented where pipelines run. Each method throws
 * {@link java.util.NoSuchElementException} for an unknown pipeline and {@link IllegalStateException}, with the
 * reason, for one that cannot do it; a declaration with mistakes throws {@link InvalidPipelineException} with every
 * one of them, and changes nothing.
 */
public interface PipelineControl {

    /** Copies the pipeline's source table again while its stream goes on (a CDC incremental snapshot). */
    void snapshot(String pipelineId);

    /**
     * Stops the pipeline and removes it with what its source keeps for it: a CDC pipeline that was the last on its
     * database drops the replication slot and publication. Its declaration file is moved out of the config
     * directory, so the pipeline does not come back at the next start; its dataset and records stay.
     */
    void remove(String pipelineId);

    /**
     * Declares a new pipeline, written to the config directory like a hand-written one, and starts it; returns its
     * id. Throws {@link PipelineExistsException} when the id is taken.
     */
    String create(PipelineDeclaration declaration);

    /** Replaces a pipeline's declaration and restarts it with the new one. */
    void replace(String pipelineId, PipelineDeclaration declaration);

    /** Polls the pipeline's source now instead of when its schedule says; kinds that do not poll say why. */
    void runNow(String pipelineId);

    /** Stops consuming the source until {@link #resume}; pausing a paused pipeline changes nothing. */
    void pause(String pipelineId);

    /** Consumes the source again after {@link #pause}; resuming a running pipeline changes nothing. */
    void resume(String pipelineId);
}
