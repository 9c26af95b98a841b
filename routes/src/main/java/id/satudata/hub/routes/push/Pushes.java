package id.satudata.hub.routes.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.store.BatchOutcome;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.connectors.push.PushBody;
import id.satudata.hub.routes.ingest.StoreIngestSink;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The push API's two operations on a dataset: records posted in a body, and one record deleted by its key. Every
 * record of a body is parsed before any is applied, and then all are applied in one transaction.
 */
@Component
public class Pushes {

    private final PushTargets targets;
    private final PushRuns runs;
    private final IdempotencyGuard guard;
    private final ObjectMapper json;

    public Pushes(PushTargets targets, PushRuns runs, IdempotencyGuard guard, ObjectMapper json) {
        this.targets = targets;
        this.runs = runs;
        this.guard = guard;
        this.json = json;
    }

    PushAnswer push(String datasetId, String contentType, long contentLength, InputStream in, String key) {
        PushTarget target = targets.require(datasetId);
        IdempotentCall.of(datasetId, key, ""); // refuse a malformed key before receiving the body
        try (PushedBody body = PushedBody.receive(target, contentType, contentLength, in)) {
            IdempotentCall call = IdempotentCall.of(datasetId, key, body.hash());
            var replayed = guard.replay(call);
            if (replayed.isPresent()) {
                return replayed.get();
            }
            List<SourceRecord> records = body.records(target);
            String sourceRef = "push " + body.mediaType() + (key == null ? "" : ", Idempotency-Key " + key);
            return runs.apply(
                    target,
                    sourceRef,
                    call,
                    runId -> target.sink().prepare(runId, records, null),
                    (runId, prepared, outcome) -> answer(target, runId, outcome, prepared));
        }
    }

    PushAnswer delete(String datasetId, String recordKey, String key) {
        PushTarget target = targets.require(datasetId);
        IdempotentCall call = IdempotentCall.of(datasetId, key, PushBody.hashOf("DELETE " + recordKey));
        var replayed = guard.replay(call);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        PushAnswer answer = runs.apply(
                target,
                "push DELETE " + recordKey,
                call,
                runId -> target.sink().prepareDelete(runId, recordKey),
                (runId, prepared, outcome) -> outcome.deleted() == 0
                        ? new PushAnswer(HttpStatus.NOT_FOUND.value(), null, false)
                        : answer(target, runId, outcome, prepared));
        if (!answer.applied()) {
            throw ApiException.recordNotFound(
                    datasetId, target.pipeline().dataset().keyFields(), recordKey);
        }
        return answer;
    }

    private PushAnswer answer(PushTarget target, long runId, BatchOutcome outcome, IngestSink.PreparedBatch batch) {
        PushOutcome pushed = PushOutcome.of(target.pipeline().id(), runId, outcome, StoreIngestSink.quarantined(batch));
        try {
            return new PushAnswer(HttpStatus.OK.value(), json.writeValueAsString(pushed), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a push outcome is always JSON: " + e.getMessage(), e);
        }
    }
}
