package id.satudata.hub.it.kafka;

import static id.satudata.hub.it.kafka.BenchHubs.DATASET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.satudata.hub.it.support.GeneratedRows;
import id.satudata.hub.it.support.KafkaBroker;
import id.satudata.hub.it.support.RunningHub;
import id.satudata.hub.it.support.TopicRecords;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub stopped while it relays, and started again on the same data: the relay resumes after the position it saved
 * on the way down, so the topic holds every change exactly once, the first hub's and the second's.
 */
class KafkaHubRestartIT {

    private static final int ROWS = 60_000;
    private static final int CHANGED_AFTER_RESTART = 1_000;
    private static final String TOPIC = "restart." + DATASET;

    @Test
    void shouldResumeAfterItsSavedPositionWithoutGapsOrRepeats(@TempDir Path dataDir) {
        try (KafkaBroker broker = KafkaBroker.start()) {
            long relayedBeforeStop;
            try (RunningHub hub = BenchHubs.start(dataDir, broker, "restart")) {
                BenchHubs.ingest(hub, GeneratedRows.csv(ROWS, "NAMA"), "rows.csv");
                relayedBeforeStop = await("changes relayed")
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(10))
                        .until(
                                () -> RelayHealth.dataset(hub.api(), DATASET)
                                        .path("position")
                                        .asLong(),
                                seq -> seq > 0);
            }
            try (RunningHub hub = BenchHubs.start(dataDir, broker, "restart")) {
                long resumedAt = await("the second hub's relay looking at the dataset")
                        .atMost(Duration.ofSeconds(30))
                        .until(
                                () -> RelayHealth.dataset(hub.api(), DATASET)
                                        .path("position")
                                        .asLong(-1),
                                seq -> seq >= 0);
                assertThat(resumedAt)
                        .as("the position the first hub saved, at least what it showed")
                        .isGreaterThanOrEqualTo(relayedBeforeStop);
                BenchHubs.ingest(hub, GeneratedRows.csv(CHANGED_AFTER_RESTART, "NAMA BARU"), "changed.csv");

                long changes = RelayHealth.awaitRelayed(hub.api(), DATASET, Duration.ofMinutes(2));

                assertThat(changes).isEqualTo(ROWS + CHANGED_AFTER_RESTART);
                List<ConsumerRecord<byte[], byte[]>> records = TopicRecords.readAll(broker.bootstrapServers(), TOPIC);
                assertThat(records)
                        .extracting(TopicRecords::seq)
                        .containsExactlyInAnyOrderElementsOf(
                                LongStream.rangeClosed(1, changes).boxed().toList());
            }
        }
    }
}
