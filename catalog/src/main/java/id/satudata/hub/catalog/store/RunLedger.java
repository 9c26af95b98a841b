package id.satudata.hub.catalog.store;

import java.util.Optional;

/** Runs of pipelines with their counts, source positions, and the files each pipeline has ingested. */
public interface RunLedger {

    long startRun(String pipelineId, String datasetId, String sourceRef);

    /** Ends a run with its final status and, for a failure, the reason. */
    void finishRun(long runId, RunStatus status, String message);

    /** Ends a file run that succeeded and remembers the file's checksum as ingested, in one transaction. */
    void finishFileRun(long runId, String checksum, String fileName);

    /**
     * Ends every run still marked RUNNING as FAILED with the reason: at start-up, a run left so was cut off by a
     * stop of the hub; what its committed batches stored stays, and its source resumes from the position.
     *
     * @return how many runs were ended
     */
    int failUnfinishedRuns(String message);

    /** The last committed position of a pipeline's source. */
    Optional<String> position(String pipelineId);

    /** Forgets a removed pipeline's position, so that a pipeline declared again under its id starts afresh. */
    void forgetPosition(String pipelineId);

    /** Whether a file with this checksum was already ingested completely by the pipeline. */
    boolean fileIngested(String pipelineId, String checksum);
}
