package id.satudata.hub.connectors.ingest;

/**
 * How a source's failures show in its pipeline's state as they happen, not only in a log line: failures it retries
 * (network, timeouts, 429, 5xx) make it degraded, failures retrying cannot fix (bad credentials, 404) make it
 * failed, and a source that reaches its data again is healthy. Messages carry no secrets. Thread-safe.
 */
public interface SourceHealth {

    /** Ignores every report, for sources whose state nobody watches. */
    SourceHealth IGNORED = new SourceHealth() {
        @Override
        public void healthy() {}

        @Override
        public void degraded(String message) {}

        @Override
        public void failed(String message) {}
    };

    /** The source reaches its data (again). */
    void healthy();

    /** The source meets failures that it retries: still working, not well. */
    void degraded(String message);

    /** The source met a failure that retrying cannot fix; someone has to act. */
    void failed(String message);
}
