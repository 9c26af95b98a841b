package id.satudata.hub.connectors.cdc;

/**
 * A source-side requirement of change-data-capture is not met (credentials, privileges, server settings): retrying
 * does not help, so the pipeline fails at once with this message, which says what is missing and how to fix it.
 */
public final class CdcRequirementException extends RuntimeException {

    public CdcRequirementException(String message) {
        super(message);
    }
}
