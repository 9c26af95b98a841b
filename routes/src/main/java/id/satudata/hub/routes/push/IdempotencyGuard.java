package id.satudata.hub.routes.push;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.store.IdempotentRequests;
import id.satudata.hub.catalog.store.RecordedResponse;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Makes a push with an {@code Idempotency-Key} apply once: a retry (same key, same request) gets the recorded
 * answer; the key reused for another request within its retention is refused, since answering it with another
 * request's outcome would hide that nothing of it was applied.
 */
@Component
public class IdempotencyGuard {

    private final IdempotentRequests requests;

    public IdempotencyGuard(IdempotentRequests requests) {
        this.requests = requests;
    }

    /** The recorded answer to an earlier request with the call's key, if there is one. */
    Optional<PushAnswer> replay(IdempotentCall call) {
        if (call == null) {
            return Optional.empty();
        }
        return requests.find(call.datasetId(), call.key()).map(recorded -> {
            if (!recorded.requestHash().equals(call.requestHash())) {
                throw new ApiException(
                                ApiErrorCode.IDEMPOTENCY_KEY_REUSED,
                                "Idempotency-Key '" + call.key() + "' was used for another request to dataset '"
                                        + call.datasetId() + "' in the last "
                                        + IdempotentRequests.RETENTION.toHours() + " hours; a retry must send the"
                                        + " same method, content type and body, a new request a new key")
                        .with("dataset", call.datasetId())
                        .with("idempotency_key", call.key());
            }
            return new PushAnswer(recorded.status(), recorded.body(), true);
        });
    }

    /**
     * Records the answer of an applied request in its transaction.
     *
     * @return {@code false} when a request with the same key committed first
     */
    boolean record(DSLContext tx, IdempotentCall call, PushAnswer answer) {
        return requests.record(
                tx,
                call.datasetId(),
                call.key(),
                new RecordedResponse(call.requestHash(), answer.status(), answer.body()));
    }
}
