package id.satudata.hub.catalog.pipeline;

/**
 * What the API may ask of running pipelines, implemented where pipelines run. Each method throws
 * {@link java.util.NoSuchElementException} for an unknown pipeline and {@link IllegalStateException}, with the
 * reason, for one that cannot do it.
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
}
