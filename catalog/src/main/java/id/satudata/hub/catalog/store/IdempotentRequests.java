package id.satudata.hub.catalog.store;

import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The answers to requests made with an {@code Idempotency-Key}, per dataset, kept for {@link #RETENTION} so that a
 * retried request applies once. An answer is recorded in the transaction of what the request applied, so it exists
 * exactly when that committed; the key's uniqueness settles two requests with the same key at once.
 */
public interface IdempotentRequests {

    /** How long a key is remembered; a key older than this is forgotten and may be used again. */
    Duration RETENTION = Duration.ofHours(24);

    /** The answer recorded under the key within the retention, if any. */
    Optional<RecordedResponse> find(String datasetId, String key);

    /**
     * Records the answer under the key inside the caller's transaction, first forgetting the dataset's keys older
     * than the retention.
     *
     * @return {@code false} when another request recorded the key first: the caller rolls back and answers as that
     *     one did
     */
    boolean record(DSLContext tx, String datasetId, String key, RecordedResponse response);
}
