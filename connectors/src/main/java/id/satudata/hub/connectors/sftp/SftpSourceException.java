package id.satudata.hub.connectors.sftp;

import id.satudata.hub.connectors.ingest.FailureKind;

/**
 * A failure of an SFTP source, already sorted: the SSH and SFTP libraries throw {@code IOException}s for a lost
 * connection and a wrong password alike, so the stage that failed decides. Messages name the server and directory,
 * never a secret.
 */
public class SftpSourceException extends RuntimeException {

    private final FailureKind kind;

    SftpSourceException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    static SftpSourceException permanent(String message, Throwable cause) {
        return new SftpSourceException(FailureKind.PERMANENT, message, cause);
    }

    static SftpSourceException retriable(String message, Throwable cause) {
        return new SftpSourceException(FailureKind.TRANSIENT, message, cause);
    }

    public FailureKind kind() {
        return kind;
    }
}
