package id.satudata.hub.connectors.push;

/** A pushed body larger than its pipeline's {@code max-body-size}: refused before any of it is applied. */
public class BodyTooLargeException extends RuntimeException {

    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super("The body is larger than the " + ByteSizes.format(maxBytes)
                + " this dataset takes in one request (source.max-body-size); split it into several requests");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
