package id.satudata.hub.connectors.ingest;

/** Whether a source's failure may pass by itself, which decides between retrying and stopping. */
public enum FailureKind {
    /** Network, timeouts, a server restarting, a lost connection, a deadlock: retried with backoff. */
    TRANSIENT,
    /** Bad credentials, a missing table or column, a permission denied: retrying cannot help; an admin must act. */
    PERMANENT
}
