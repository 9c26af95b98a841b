package id.satudata.hub.connectors.sftp;

import id.satudata.hub.connectors.ingest.FailureClassifier;
import id.satudata.hub.connectors.ingest.FailureKind;
import java.io.IOException;

/**
 * The failures of an SFTP source: those it sorted itself ({@link SftpSourceException}) by their kind; any other I/O
 * failure (the connection lost mid-transfer, a local disk full for a moment) is retried; anything else, such as a
 * secret that cannot be read, needs an admin.
 */
public final class SftpFailureClassifier implements FailureClassifier {

    @Override
    public FailureKind classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SftpSourceException sorted) {
                return sorted.kind();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return FailureKind.TRANSIENT;
            }
        }
        return FailureKind.PERMANENT;
    }
}
