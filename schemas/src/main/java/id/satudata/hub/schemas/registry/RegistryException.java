package id.satudata.hub.schemas.registry;

/**
 * A registry refused or failed a request. {@link #errorCode()} is Confluent's {@code error_code} (40401 subject
 * not found, 40403 schema not found, 40901 incompatible schema, 42201 invalid schema, ...), and
 * {@link #httpStatus()} the status the REST API answers with.
 */
public class RegistryException extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    public RegistryException(int httpStatus, int errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public RegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }
}
