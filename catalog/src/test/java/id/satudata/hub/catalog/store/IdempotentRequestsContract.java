package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the answers to idempotent pushes are kept, and that they commit or roll back with the batch they answer; run
 * on every database by its subclasses.
 */
abstract class IdempotentRequestsContract extends StoreContract {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private static final RecordedResponse ANSWER = new RecordedResponse("hash-a", 200, "{\"stored\":1}");

    @BeforeEach
    void registerFreshDataset() {
        dataset = Kemiskinan.definition();
        store.register(dataset, 1);
    }

    @Test
    void shouldRecordTheAnswerInTheBatchTransactionAndFindIt() {
        JooqIdempotentRequests requests = requestsAt(NOW);

        apply((tx, outcome) ->
                assertThat(requests.record(tx, dataset.id(), "key-1", ANSWER)).isTrue());

        assertThat(requests.find(dataset.id(), "key-1")).contains(ANSWER);
        assertThat(requests.find(dataset.id(), "key-2")).isEmpty();
        assertThat(requests.find("another-dataset", "key-1")).isEmpty();
    }

    @Test
    void shouldRollTheBatchBackWhenTheWorkInItsTransactionFails() {
        JooqIdempotentRequests requests = requestsAt(NOW);
        long changesBefore = lastSeq();

        assertThatThrownBy(() -> apply((tx, outcome) -> {
                    requests.record(tx, dataset.id(), "key-1", ANSWER);
                    throw new IllegalStateException("refused after the records were written");
                }))
                .hasMessageContaining("refused after");

        assertThat(lastSeq()).isEqualTo(changesBefore);
        assertThat(requests.find(dataset.id(), "key-1")).isEmpty();
        assertThat(database.dsl().fetchCount(StoreTables.Quarantine.TABLE)).isZero();
    }

    @Test
    void shouldRefuseAKeyAlreadyRecordedSoThatTheSecondRequestRollsBack() {
        JooqIdempotentRequests requests = requestsAt(NOW);
        apply((tx, outcome) -> requests.record(tx, dataset.id(), "key-1", ANSWER));
        AtomicBoolean recorded = new AtomicBoolean(true);

        apply((tx, outcome) ->
                recorded.set(requests.record(tx, dataset.id(), "key-1", new RecordedResponse("hash-b", 200, "{}"))));

        assertThat(recorded).isFalse();
        assertThat(requests.find(dataset.id(), "key-1")).contains(ANSWER);
    }

    @Test
    void shouldForgetAKeyAfterTheRetentionAndLetItBeUsedAgain() {
        apply((tx, outcome) -> requestsAt(NOW).record(tx, dataset.id(), "key-1", ANSWER));
        JooqIdempotentRequests dayLater =
                requestsAt(NOW.plus(IdempotentRequests.RETENTION).plusSeconds(1));

        assertThat(dayLater.find(dataset.id(), "key-1")).isEmpty();
        RecordedResponse other = new RecordedResponse("hash-b", 200, "{}");
        apply((tx, outcome) ->
                assertThat(dayLater.record(tx, dataset.id(), "key-1", other)).isTrue());
        assertThat(dayLater.find(dataset.id(), "key-1")).contains(other);
    }

    private JooqIdempotentRequests requestsAt(Instant now) {
        return new JooqIdempotentRequests(database.dsl(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private void apply(InBatchTransaction alsoInTransaction) {
        long runId = ledger.startRun("push-" + dataset.id(), dataset.id(), "push");
        IngestBatch batch = new IngestBatch(
                "push-" + dataset.id(),
                runId,
                "push",
                1,
                List.of(Kemiskinan.upsert("3201", (int) (lastSeq() + 2000), "1.00")),
                List.of(),
                null);
        store.apply(store.prepare(dataset.id(), batch), alsoInTransaction);
    }

    private long lastSeq() {
        return database.dsl()
                .select(StoreTables.Dataset.LAST_SEQ)
                .from(StoreTables.Dataset.TABLE)
                .where(StoreTables.Dataset.ID.eq(dataset.id()))
                .fetchSingle()
                .value1();
    }
}
