package id.satudata.hub.it.kafka;

import static id.satudata.hub.it.kafka.BenchHubs.DATASET;
import static id.satudata.hub.it.kafka.BenchHubs.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.satudata.hub.it.support.GeneratedRows;
import id.satudata.hub.it.support.KafkaBroker;
import id.satudata.hub.it.support.RunningHub;
import id.satudata.hub.it.support.TopicRecords;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stopped while a file changes every record of a dataset, and started again: the relay shows it is down,
 * starts over from its saved position until the broker is back, and the topic ends with every change (some twice,
 * which compaction makes harmless).
 */
class KafkaBrokerOutageIT {

    private static final int ROWS = 60_000;
    private static final String TOPIC = "outage." + DATASET;

    @Test
    void shouldLoseNothingWhenTheBrokerGoesAwayAndComesBack(@TempDir Path dataDir) {
        try (KafkaBroker broker = KafkaBroker.start()) {
            try (RunningHub hub = BenchHubs.start(
                    dataDir, broker, "outage", "--hub.kafka.delivery-timeout=5s", "--hub.kafka.retry-backoff=500ms")) {
                BenchHubs.ingest(hub, GeneratedRows.csv(ROWS, "NAMA"), "rows.csv");
                RelayHealth.awaitRelayed(hub.api(), DATASET, Duration.ofMinutes(1));

                // every record changes while the broker is away: the relay has to send them into the outage
                hub.files(PIPELINE).drop(GeneratedRows.csv(ROWS, "NAMA BARU"), "changed.csv");
                broker.stopBroker();
                await("the relay showing the broker gone")
                        .atMost(Duration.ofSeconds(90))
                        .until(() -> RelayHealth.of(hub.api())
                                .path("status")
                                .asText()
                                .equals("DOWN"));
                assertThat(RelayHealth.of(hub.api())
                                .path("details")
                                .path("state")
                                .asText())
                        .isEqualTo("RETRYING");
                broker.startBroker();

                assertThat(RelayHealth.awaitRelayed(hub.api(), DATASET, Duration.ofMinutes(3)))
                        .isEqualTo(2 * ROWS);
                assertThat(RelayHealth.of(hub.api()).path("status").asText()).isEqualTo("UP");
                List<ConsumerRecord<byte[], byte[]>> records = TopicRecords.readAll(broker.bootstrapServers(), TOPIC);
                Set<Long> sequences =
                        records.stream().map(TopicRecords::seq).collect(Collectors.toCollection(TreeSet::new));
                assertThat(sequences)
                        .as("every change, %d messages in all", records.size())
                        .containsExactlyElementsOf(
                                LongStream.rangeClosed(1, 2 * ROWS).boxed().toList());
            }
        }
    }
}
