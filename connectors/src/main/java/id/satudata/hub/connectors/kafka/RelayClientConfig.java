package id.satudata.hub.connectors.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka client properties of the relay. Tunables come from the settings and may be overridden by
 * {@code hub.kafka.properties.*}; what the relay's promises rest on is set last and cannot be: an idempotent
 * producer ({@code enable.idempotence}, {@code acks=all}, at most 5 requests in flight per connection) never
 * duplicates or reorders a partition's records when it retries, so each key's changes arrive in sequence order.
 */
final class RelayClientConfig {

    private static final Duration LONGEST_REQUEST = Duration.ofSeconds(30);
    private static final Duration LONGEST_BLOCK = Duration.ofSeconds(30);

    private RelayClientConfig() {}

    static Map<String, Object> producer(KafkaRelaySettings settings) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.LINGER_MS_CONFIG, settings.linger().toMillis());
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, settings.batchSize());
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, settings.compression());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis(settings.deliveryTimeout()));
        // delivery.timeout.ms must cover linger.ms + request.timeout.ms
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(requestTimeout(settings)));
        // send() waits this long for a missing topic's metadata or buffer space before the relay starts over
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, LONGEST_BLOCK.toMillis());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "satudata-hub-relay");
        config.putAll(common(settings));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    static Map<String, Object> admin(KafkaRelaySettings settings) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, "satudata-hub-relay-admin");
        config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, millis(LONGEST_REQUEST));
        config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, millis(LONGEST_REQUEST));
        config.putAll(common(settings));
        return config;
    }

    private static Map<String, Object> common(KafkaRelaySettings settings) {
        Map<String, Object> config = new HashMap<>(settings.clientProperties());
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        return config;
    }

    /** Kafka takes these as 32-bit integers, and refuses a {@code Long}. */
    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }

    private static Duration requestTimeout(KafkaRelaySettings settings) {
        Duration room = settings.deliveryTimeout().minus(settings.linger());
        return room.compareTo(LONGEST_REQUEST) < 0 ? room : LONGEST_REQUEST;
    }
}
