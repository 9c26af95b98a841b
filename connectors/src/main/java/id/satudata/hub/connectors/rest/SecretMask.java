package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.config.SecretRef;
import id.satudata.hub.connectors.config.Secrets;
import java.util.List;

/**
 * The last guard before a message leaves a REST source (run ledger, pipeline state, log): every value of the
 * source's secrets is replaced by {@code ***}, whatever put it there, such as a library's exception that quotes a
 * URL. Thread-safe.
 */
final class SecretMask {

    private final Secrets secrets;
    private final List<SecretRef> references;

    SecretMask(Secrets secrets, List<SecretRef> references) {
        this.secrets = secrets;
        this.references = List.copyOf(references);
    }

    String mask(String message) {
        if (message == null) {
            return null;
        }
        String masked = message;
        for (SecretRef reference : references) {
            String value;
            try {
                value = secrets.reveal(reference);
            } catch (IllegalStateException unreadable) {
                continue; // a secret that cannot be read cannot be in the message either
            }
            masked = masked.replace(value, "***");
        }
        return masked;
    }
}
