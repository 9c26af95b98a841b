package id.satudata.hub.connectors.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The relay's clients of a real cluster. Topics are created compacted: a dataset's topic then keeps the latest
 * change of every key (a tombstone until the broker's {@code delete.retention.ms} passes), which is the dataset
 * itself, so a consumer reading from the start rebuilds the authoritative copy, and a change sent twice is harmless.
 */
public final class KafkaRelayClients implements RelayClients {

    private static final long ADMIN_TIMEOUT_SECONDS = 60;

    private final KafkaRelaySettings settings;
    private final Admin admin;

    public KafkaRelayClients(KafkaRelaySettings settings) {
        this.settings = settings;
        this.admin = Admin.create(RelayClientConfig.admin(settings));
    }

    @Override
    public Producer<byte[], byte[]> newProducer() {
        return new KafkaProducer<>(RelayClientConfig.producer(settings));
    }

    @Override
    public void ensureTopic(String topic) {
        NewTopic compacted = new NewTopic(
                        topic,
                        Optional.of(settings.partitions()),
                        Optional.ofNullable(settings.replicationFactor()).map(Integer::shortValue))
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            admin.createTopics(List.of(compacted)).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof TopicExistsException) {
                return;
            }
            // the broker's own exception, so that a retriable one (a timeout, no leader yet) stays retriable
            throw failed.getCause() instanceof KafkaException kafka
                    ? kafka
                    : new KafkaException("topic " + topic + " cannot be created: " + failed.getCause(), failed);
        } catch (TimeoutException slow) {
            throw new org.apache.kafka.common.errors.TimeoutException(
                    "topic " + topic + " could not be created within " + ADMIN_TIMEOUT_SECONDS + " s", slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptException(interrupted);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
