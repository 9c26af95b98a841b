package id.satudata.hub.connectors.cdc;

/** The source database cannot be reached now (down, restarting, network): worth retrying with backoff. */
public final class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
