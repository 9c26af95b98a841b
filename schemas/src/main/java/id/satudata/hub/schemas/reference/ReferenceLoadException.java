package id.satudata.hub.schemas.reference;

/** A reference file that cannot be read or does not have the expected shape; names the file and line. */
public class ReferenceLoadException extends RuntimeException {

    public ReferenceLoadException(String message) {
        super(message);
    }

    public ReferenceLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
