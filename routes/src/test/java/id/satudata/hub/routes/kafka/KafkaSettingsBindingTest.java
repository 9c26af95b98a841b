package id.satudata.hub.routes.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.config.InvalidSettingsException;
import id.satudata.hub.connectors.kafka.KafkaRelaySettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class KafkaSettingsBindingTest {

    @Test
    void shouldReadTheSettingsAndPassClientPropertiesToKafkaAsTheyAre() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("hub.kafka.bootstrap-servers", "kafka-1:9092,kafka-2:9092")
                .withProperty("hub.kafka.linger", "20ms")
                .withProperty("hub.kafka.properties.security.protocol", "SASL_SSL")
                .withProperty("hub.kafka.properties.sasl.mechanism", "SCRAM-SHA-512");

        KafkaRelaySettings settings = KafkaSettingsBinding.bind(environment);

        assertThat(settings.bootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(settings.linger()).isEqualTo(Duration.ofMillis(20));
        assertThat(settings.partitions()).isEqualTo(3);
        assertThat(settings.clientProperties())
                .isEqualTo(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512"));
    }

    @Test
    void shouldRefuseToStartWithEveryProblemNamedByItsProperty() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("hub.kafka.bootstrap-servers", "kafka-1:9092")
                .withProperty("hub.kafka.partitions", "many")
                .withProperty("hub.kafka.compression", "brotli");

        assertThatThrownBy(() -> KafkaSettingsBinding.bind(environment))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("hub.kafka.partitions")
                .hasMessageContaining("hub.kafka.compression");
    }
}
