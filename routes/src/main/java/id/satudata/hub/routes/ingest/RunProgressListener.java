package id.satudata.hub.routes.ingest;

import id.satudata.hub.connectors.ingest.LoadProgress;

/** Told how far each run of a pipeline has come, and when it ended; shown where operators look. */
public interface RunProgressListener {

    /** Called once per batch, from the thread that reads the source. */
    void progress(String pipelineId, long runId, LoadProgress progress);

    /** @param outcome the run's end, e.g. {@code SUCCEEDED} or {@code FAILED} */
    void ended(String pipelineId, long runId, String outcome);

    RunProgressListener NONE = new RunProgressListener() {
        @Override
        public void progress(String pipelineId, long runId, LoadProgress progress) {}

        @Override
        public void ended(String pipelineId, long runId, String outcome) {}
    };
}
