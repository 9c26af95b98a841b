package id.satudata.hub.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final InMemoryHub hub = new InMemoryHub();
    private MockRelayClients clients;
    private KafkaRelay relay;

    @AfterEach
    void stopRelay() {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void shouldSendEveryChangeAfterTheSavedPositionInOrderToTheDatasetsTopic() {
        hub.append("penduduk", "3201:2020", false);
        hub.append("penduduk", "3202:2020", false);
        hub.append("penduduk", "3201:2020", false);
        hub.append("penduduk", "3202:2020", true);
        hub.savedBefore("penduduk", 1);

        start(true, 2);

        await().atMost(WAIT).until(() -> hub.position("penduduk") == 4);
        List<ProducerRecord<byte[], byte[]>> sent = clients.producer(0).history();
        assertThat(sent).extracting(KafkaRelayTest::seq).containsExactly(2L, 3L, 4L);
        assertThat(sent).extracting(ProducerRecord::topic).containsOnly("satudata.penduduk");
        assertThat(sent)
                .extracting(record -> text(record.key()))
                .containsExactly("3202:2020", "3201:2020", "3202:2020");
        assertThat(text(sent.get(1).value())).isEqualTo("3201:2020@3");
        assertThat(sent.get(2).value()).as("a delete is a tombstone").isNull();
        assertThat(clients.topics).containsExactly("satudata.penduduk");
    }

    @Test
    void shouldSaveAPositionOnlyOnceTheBrokerAcknowledgedEverythingUpToIt() {
        for (int i = 1; i <= 4; i++) {
            hub.append("penduduk", "key-" + i, false);
        }

        start(false, 2);

        await().atMost(WAIT).until(() -> clients.producer(0).history().size() == 4);
        assertThat(hub.position("penduduk")).isZero();
        clients.producer(0).completeNext();
        assertThat(hub.position("penduduk")).as("half a batch acknowledged").isZero();
        clients.producer(0).completeNext();
        await().atMost(WAIT).until(() -> hub.position("penduduk") == 2);
        assertThat(relay.status().datasets().get("penduduk").lag()).isEqualTo(2);
    }

    @Test
    void shouldStartOverFromTheSavedPositionWhenTheBrokerCannotBeReached() {
        for (int i = 1; i <= 4; i++) {
            hub.append("penduduk", "key-" + i, false);
        }
        start(false, 2);
        await().atMost(WAIT).until(() -> clients.producer(0).history().size() == 4);
        clients.producer(0).completeNext();
        clients.producer(0).completeNext();

        clients.producer(0).errorNext(new TimeoutException("Expiring 1 record(s): the broker is gone"));

        await().atMost(WAIT).until(() -> hub.position("penduduk") == 4);
        assertThat(clients.producers).hasSize(2);
        assertThat(clients.producer(1).history())
                .extracting(KafkaRelayTest::seq)
                .containsExactly(3L, 4L);
        assertThat(clients.producer(0).closed()).isTrue();
    }

    @Test
    void shouldShowABrokerThatCannotBeReachedAsRetrying() {
        startAndFailFirstSend(new TimeoutException("Expiring 1 record(s): the broker is gone"));

        await().atMost(WAIT).until(() -> relay.status().state() == RelayStatus.State.RETRYING);
        assertThat(relay.status().message()).contains("the broker is gone");
    }

    @Test
    void shouldShowARecordTheBrokerRefusesAsFailed() {
        startAndFailFirstSend(new RecordTooLargeException("the record is larger than the broker takes"));

        await().atMost(WAIT).until(() -> relay.status().state() == RelayStatus.State.FAILED);
        assertThat(relay.status().message()).contains("RecordTooLargeException");
    }

    /** Fails the first send and keeps the relay from starting over within the test. */
    private void startAndFailFirstSend(RuntimeException failure) {
        hub.append("penduduk", "key-1", false);
        clients = new MockRelayClients(false);
        relay = new KafkaRelay(settings(10, Duration.ofMinutes(1)), hub, hub, clients);
        relay.start();
        await().atMost(WAIT).until(() -> clients.producer(0).history().size() == 1);
        assertThat(relay.status().state()).isEqualTo(RelayStatus.State.RUNNING);

        clients.producer(0).errorNext(failure);
    }

    @Test
    void shouldRelayChangesAppendedWhileItWaits() {
        hub.append("penduduk", "key-1", false);
        start(true, 10);
        await().atMost(WAIT).until(() -> hub.position("penduduk") == 1);

        hub.append("penduduk", "key-2", false);
        hub.append("kemiskinan", "key-1", false);

        await().atMost(WAIT).until(() -> hub.position("penduduk") == 2 && hub.position("kemiskinan") == 1);
        assertThat(relay.status().state()).isEqualTo(RelayStatus.State.RUNNING);
        assertThat(relay.status().datasets())
                .containsEntry("penduduk", new RelayStatus.DatasetStatus("satudata.penduduk", 2, 2))
                .containsEntry("kemiskinan", new RelayStatus.DatasetStatus("satudata.kemiskinan", 1, 1));
    }

    @Test
    void shouldSaveWhatWasAcknowledgedWhenItStops() {
        hub.append("penduduk", "key-1", false);
        start(true, 10);
        await().atMost(WAIT).until(() -> hub.position("penduduk") == 1);

        relay.close();

        assertThat(relay.status().state()).isEqualTo(RelayStatus.State.STOPPED);
        assertThat(clients.producer(0).closed()).isTrue();
    }

    private void start(boolean acknowledgeAtOnce, int readLimit) {
        clients = new MockRelayClients(acknowledgeAtOnce);
        relay = new KafkaRelay(settings(readLimit, Duration.ofMillis(50)), hub, hub, clients);
        relay.start();
    }

    private static KafkaRelaySettings settings(int readLimit, Duration retryBackoff) {
        return new KafkaRelaySettings(
                "localhost:9092",
                3,
                null,
                Duration.ofMillis(5),
                16384,
                "none",
                readLimit,
                Duration.ofMillis(20),
                retryBackoff,
                Duration.ofSeconds(30),
                Map.of());
    }

    private static long seq(ProducerRecord<byte[], byte[]> record) {
        return Long.parseLong(
                text(record.headers().lastHeader(KafkaRelay.SEQ_HEADER).value()));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
