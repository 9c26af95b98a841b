package id.satudata.hub.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SettingProblem;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaRelaySettingsTest {

    @Test
    void shouldTakeTheDefaultsForEverythingButTheBrokers() {
        KafkaRelaySettings settings = KafkaRelaySettings.from(
                KafkaRelaySettings.SPEC.parse(Map.of("bootstrap-servers", "kafka-1:9092")), Map.of());

        assertThat(settings.partitions()).isEqualTo(3);
        assertThat(settings.replicationFactor()).as("the broker's default").isNull();
        assertThat(settings.linger()).isEqualTo(Duration.ofMillis(5));
        assertThat(settings.compression()).as("what every client reads").isEqualTo("none");
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        ParsedSettings parsed = KafkaRelaySettings.SPEC.parse(
                Map.of("partitions", "0", "linger", "soon", "compression", "brotli", "retry-backof", "1s"));

        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .containsExactlyInAnyOrder("retry-backof", "bootstrap-servers", "partitions", "linger", "compression");
    }

    @Test
    void shouldMakeClientsKafkaAcceptsFromTheDefaults() {
        KafkaRelaySettings settings = KafkaRelaySettings.from(
                KafkaRelaySettings.SPEC.parse(Map.of("bootstrap-servers", "localhost:9")), Map.of());

        try (KafkaRelayClients clients = new KafkaRelayClients(settings);
                Producer<byte[], byte[]> producer = clients.newProducer()) {
            assertThat(producer.metrics()).isNotEmpty();
        }
    }

    @Test
    void shouldLetClientPropertiesTuneTheProducerButNotWeakenItsPromises() {
        KafkaRelaySettings settings = KafkaRelaySettings.from(
                KafkaRelaySettings.SPEC.parse(Map.of("bootstrap-servers", "kafka-1:9092", "linger", "20ms")),
                Map.of(
                        ProducerConfig.ACKS_CONFIG,
                        "1",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        "false",
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        "50",
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        "65536",
                        "security.protocol",
                        "SASL_SSL"));

        Map<String, Object> producer = RelayClientConfig.producer(settings);

        assertThat(producer)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 20L)
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "65536")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka-1:9092");
    }
}
