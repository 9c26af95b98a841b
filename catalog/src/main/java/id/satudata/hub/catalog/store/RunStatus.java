package id.satudata.hub.catalog.store;

/** The states of one ingestion run. */
public enum RunStatus {
    RUNNING,
    SUCCEEDED,
    /** The source was seen before (same file checksum): nothing applied. */
    DUPLICATE,
    FAILED
}
