package id.satudata.hub.connectors.rest;

/**
 * Why a REST source could not read a page, sorted as Debezium's {@code ErrorHandler} sorts failures: retriable
 * (network, timeouts, 429, 5xx; the next poll tries again) or permanent (bad credentials, 404 and other 4xx, a page
 * that is not what the pipeline declares; someone has to act). Messages name the URL without its credentials.
 */
public final class RestSourceException extends RuntimeException {

    private final boolean retriable;
    private final int status;

    private RestSourceException(String message, boolean retriable, int status) {
        super(message);
        this.retriable = retriable;
        this.status = status;
    }

    static RestSourceException retriable(String message) {
        return new RestSourceException(message, true, 0);
    }

    static RestSourceException permanent(String message) {
        return new RestSourceException(message, false, 0);
    }

    /** A response whose status retrying cannot change. */
    static RestSourceException rejected(String message, int status) {
        return new RestSourceException(message, false, status);
    }

    public boolean retriable() {
        return retriable;
    }

    /** The HTTP status that caused it, 0 when there was no response. */
    public int status() {
        return status;
    }
}
