package id.satudata.hub.connectors.push;

import java.util.List;

/** A pushed body in a content type (or character set) the push API does not read. */
public class UnsupportedBodyException extends RuntimeException {

    private final List<String> accepted;

    public UnsupportedBodyException(String message, List<String> accepted) {
        super(message);
        this.accepted = List.copyOf(accepted);
    }

    /** The content types the push API reads. */
    public List<String> accepted() {
        return accepted;
    }
}
