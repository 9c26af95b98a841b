package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.IdempotentRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Idempotent request answers in the {@code idempotent_request} table, on any database jOOQ speaks. */
@Component
public class JooqIdempotentRequests implements IdempotentRequests {

    private final DSLContext dsl;
    private final Clock clock;

    @Autowired
    public JooqIdempotentRequests(DSLContext dsl) {
        this(dsl, Clock.systemUTC());
    }

    JooqIdempotentRequests(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Optional<RecordedResponse> find(String datasetId, String key) {
        return dsl.select(
                        IdempotentRequest.REQUEST_HASH,
                        IdempotentRequest.RESPONSE_STATUS,
                        IdempotentRequest.RESPONSE_BODY)
                .from(IdempotentRequest.TABLE)
                .where(keyOf(datasetId, key))
                .and(IdempotentRequest.CREATED_AT.gt(now().minus(RETENTION)))
                .fetchOptional(row -> new RecordedResponse(row.value1(), row.value2(), row.value3()));
    }

    @Override
    public boolean record(DSLContext tx, String datasetId, String key, RecordedResponse response) {
        OffsetDateTime now = now();
        tx.deleteFrom(IdempotentRequest.TABLE)
                .where(IdempotentRequest.DATASET_ID.eq(datasetId))
                .and(IdempotentRequest.CREATED_AT.le(now.minus(RETENTION)))
                .execute();
        if (tx.fetchExists(IdempotentRequest.TABLE, keyOf(datasetId, key))) {
            return false; // taken by a request that committed first: the caller answers as that one did
        }
        try {
            tx.insertInto(IdempotentRequest.TABLE)
                    .set(IdempotentRequest.DATASET_ID, datasetId)
                    .set(IdempotentRequest.IDEMPOTENCY_KEY, key)
                    .set(IdempotentRequest.REQUEST_HASH, response.requestHash())
                    .set(IdempotentRequest.RESPONSE_STATUS, response.status())
                    .set(IdempotentRequest.RESPONSE_BODY, response.body())
                    .set(IdempotentRequest.CREATED_AT, now)
                    .execute();
            return true;
        } catch (IntegrityConstraintViolationException | DataIntegrityViolationException takenMeanwhile) {
            // batches of one dataset hold its row lock, so only a writer outside that lock gets here
            return false;
        }
    }

    private static Condition keyOf(String datasetId, String key) {
        return IdempotentRequest.DATASET_ID.eq(datasetId).and(IdempotentRequest.IDEMPOTENCY_KEY.eq(key));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
