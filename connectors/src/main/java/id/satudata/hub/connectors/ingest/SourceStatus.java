package id.satudata.hub.connectors.ingest;

import java.time.Duration;

/**
 * Where a polling source reports how it is doing, so that its pipeline's state in the API and health says so at
 * once instead of only a log line. Implemented by the hub; called from the source's own thread.
 */
public interface SourceStatus {

    /** The source polls normally again after failures. */
    void recovered();

    /** A transient failure: the source tries again after {@code retryIn}; {@code reason} is the last error. */
    void retrying(String reason, Duration retryIn);

    /** A permanent failure: the source stops polling until the pipeline is started again. */
    void failed(String reason);
}
