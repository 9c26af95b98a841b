package id.satudata.hub.connectors.push;

/**
 * A pushed body that does not parse in its content type: the whole request is refused, nothing of it applied.
 *
 * @see #record() the record at or after which it broke
 */
public class MalformedBodyException extends RuntimeException {

    private final long record;

    public MalformedBodyException(String message, long record, Throwable cause) {
        super(message, cause);
        this.record = record;
    }

    /** The 1-based index of the record that does not parse, or of the last one read before the break. */
    public long record() {
        return record;
    }
}
