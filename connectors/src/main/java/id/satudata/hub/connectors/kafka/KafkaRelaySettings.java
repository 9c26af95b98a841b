package id.satudata.hub.connectors.kafka;

import id.satudata.hub.connectors.config.Durations;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the Kafka relay ({@code hub.kafka.*}): where the broker is, how its topics are made, and how the relay
 * batches. What keeps order and loses nothing (idempotence, {@code acks=all}) is not a setting: see
 * {@link RelayClientConfig}.
 *
 * @param replicationFactor {@code null} for the broker's {@code default.replication.factor}
 * @param clientProperties further Kafka client properties ({@code hub.kafka.properties.*}), such as TLS or SASL
 */
public record KafkaRelaySettings(
        String bootstrapServers,
        int partitions,
        Integer replicationFactor,
        Duration linger,
        int batchSize,
        String compression,
        int readLimit,
        Duration idleBackoff,
        Duration retryBackoff,
        Duration deliveryTimeout,
        Map<String, String> clientProperties) {

    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.string("bootstrap-servers")
            .required()
            .doc("The brokers to connect to first, host:port[,host:port...]; the relay is off without them.");
    public static final Setting<Integer> PARTITIONS = Setting.integer("partitions")
            .withDefault(3)
            .validatedBy(SettingValidator.between(1, 10_000))
            .doc("Partitions of a dataset's topic when the relay creates it.");
    public static final Setting<Integer> REPLICATION_FACTOR = Setting.integer("replication-factor")
            .validatedBy(SettingValidator.between(1, Short.MAX_VALUE))
            .doc("Replicas of a dataset's topic when the relay creates it; the broker's default when not set.");
    public static final Setting<Duration> LINGER = Setting.duration("linger")
            .withDefault(Duration.ofMillis(5))
            .validatedBy(KafkaRelaySettings::notNegative)
            .doc("How long the producer waits to fill a batch (linger.ms); set here, as Kafka 4 changed its default.");
    public static final Setting<Integer> BATCH_SIZE = Setting.integer("batch-size")
            .withDefault(256 * 1024)
            .validatedBy(SettingValidator.between(1024, 16 * 1024 * 1024))
            .doc("Bytes per partition batch of the producer (batch.size).");
    public static final Setting<String> COMPRESSION = Setting.choice(
                    "compression", "none", "gzip", "snappy", "lz4", "zstd")
            .withDefault("none")
            .doc("How the producer compresses batches (compression.type); none by default, as some clients (kafkajs)"
                    + " read only gzip without a codec of their own.");
    public static final Setting<Integer> READ_LIMIT = Setting.integer("read-limit")
            .withDefault(5000)
            .validatedBy(SettingValidator.between(1, 100_000))
            .doc("Change log entries read at a time per dataset; the relay has at most 8 such batches unacknowledged.");
    public static final Setting<Duration> IDLE_BACKOFF = Setting.duration("idle-backoff")
            .withDefault(Duration.ofMillis(50))
            .validatedBy(SettingValidator.positive())
            .doc("How long the relay waits before looking again when every change log is relayed.");
    public static final Setting<Duration> RETRY_BACKOFF = Setting.duration("retry-backoff")
            .withDefault(Duration.ofSeconds(2))
            .validatedBy(SettingValidator.positive())
            .doc("How long the relay waits after a failure before it resumes from its saved positions.");
    public static final Setting<Duration> DELIVERY_TIMEOUT = Setting.duration("delivery-timeout")
            .withDefault(Duration.ofMinutes(2))
            .validatedBy(SettingValidator.positive())
            .doc("How long the producer retries a change (delivery.timeout.ms) before the relay starts over.");

    public static final SettingsSpec SPEC = SettingsSpec.of(
            BOOTSTRAP_SERVERS,
            PARTITIONS,
            REPLICATION_FACTOR,
            LINGER,
            BATCH_SIZE,
            COMPRESSION,
            READ_LIMIT,
            IDLE_BACKOFF,
            RETRY_BACKOFF,
            DELIVERY_TIMEOUT);

    public KafkaRelaySettings {
        clientProperties = Map.copyOf(clientProperties);
    }

    /** The settings of valid parsed values, with the client properties passed to Kafka as they are. */
    public static KafkaRelaySettings from(ParsedSettings parsed, Map<String, String> clientProperties) {
        return new KafkaRelaySettings(
                parsed.get(BOOTSTRAP_SERVERS),
                parsed.get(PARTITIONS),
                parsed.get(REPLICATION_FACTOR),
                parsed.get(LINGER),
                parsed.get(BATCH_SIZE),
                parsed.get(COMPRESSION),
                parsed.get(READ_LIMIT),
                parsed.get(IDLE_BACKOFF),
                parsed.get(RETRY_BACKOFF),
                parsed.get(DELIVERY_TIMEOUT),
                clientProperties);
    }

    private static Optional<String> notNegative(Duration value) {
        return value.isNegative()
                ? Optional.of("must not be negative, was " + Durations.format(value))
                : Optional.empty();
    }
}
