package id.satudata.hub.routes.push;

import id.satudata.hub.catalog.store.BatchOutcome;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.routes.ingest.StoreIngestSink;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * Applies one push request as one run of its pipeline, in one store transaction: the records, their quarantine, the
 * run's counts and, for a request with an idempotency key, its answer all commit together or not at all.
 */
@Component
public class PushRuns {

    /** The answer to give once the store says what the batch did, made inside its transaction. */
    @FunctionalInterface
    interface Answering {
        PushAnswer answer(long runId, IngestSink.PreparedBatch prepared, BatchOutcome outcome);
    }

    /** A request with the same key committed while this one waited for the dataset's lock. */
    private static final class KeyTakenMeanwhile extends RuntimeException {
        KeyTakenMeanwhile() {
            super(null, null, false, false);
        }
    }

    private final IdempotencyGuard guard;

    public PushRuns(IdempotencyGuard guard) {
        this.guard = guard;
    }

    PushAnswer apply(
            PushTarget target,
            String sourceRef,
            IdempotentCall call,
            LongFunction<IngestSink.PreparedBatch> prepare,
            Answering answering) {
        StoreIngestSink sink = target.sink();
        long runId = sink.startRun(sourceRef);
        try {
            IngestSink.PreparedBatch prepared = prepare.apply(runId);
            AtomicReference<PushAnswer> answer = new AtomicReference<>();
            IngestSink.BatchCounts counts = sink.commit(prepared, (tx, outcome) -> {
                answer.set(answering.answer(runId, prepared, outcome));
                if (call != null && answer.get().applied() && !guard.record(tx, call, answer.get())) {
                    throw new KeyTakenMeanwhile(); // rolls this request's records back
                }
            });
            sink.succeeded(runId, summary(counts));
            return answer.get();
        } catch (KeyTakenMeanwhile taken) {
            sink.duplicate(runId, "a request with the same Idempotency-Key applied first; answered as it was");
            return guard.replay(call)
                    .orElseThrow(() ->
                            new IllegalStateException("the key '" + call.key() + "' was taken but its answer is gone"));
        } catch (RuntimeException e) {
            sink.failed(runId, "the push was not applied: " + e.getMessage());
            throw e;
        }
    }

    private static String summary(IngestSink.BatchCounts counts) {
        return "pushed: " + counts.read() + " read, " + counts.stored() + " stored, " + counts.unchanged()
                + " unchanged, " + counts.deleted() + " deleted, " + counts.quarantined() + " quarantined";
    }
}
