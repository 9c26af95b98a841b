package id.satudata.hub.connectors.cdc;

/** What a CDC engine reports about itself and its pipelines, for the hub's pipeline status, health and metrics. */
public interface CdcStatus {

    enum State {
        STARTING,
        RUNNING,
        /** The source cannot be reached: the engine retries with backoff. */
        DEGRADED,
        /** A requirement of the source is not met: the engine stopped, the message says what to fix. */
        FAILED,
        STOPPED
    }

    /** The engine's state, which every pipeline it feeds shares; {@code message} is null while running. */
    void engineState(State state, String message);

    /** Rows of the pipeline's table copied so far by a snapshot, of the table's row estimate. */
    void snapshotProgress(String pipelineId, long rows, long estimate, boolean done);

    /** The source table changed shape (a column added or dropped). */
    void upstreamChange(String pipelineId, String message);
}
