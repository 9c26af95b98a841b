package id.satudata.hub.connectors.ingest;

/**
 * Sorts a source's failures into those worth retrying and those that need an admin, as Debezium's
 * {@code ErrorHandler} does. Each source kind has its own (SQL states, HTTP statuses); pure and thread-safe.
 */
@FunctionalInterface
public interface FailureClassifier {

    /** The kind of a failure, looking through its causes as needed. */
    FailureKind classify(Throwable failure);
}
