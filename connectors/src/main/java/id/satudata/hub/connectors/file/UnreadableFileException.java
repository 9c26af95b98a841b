package id.satudata.hub.connectors.file;

/** A file that cannot be read as its pipeline declares: wrong encoding, no header, missing columns, broken CSV. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
