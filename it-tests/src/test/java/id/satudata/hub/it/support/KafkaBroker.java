package id.satudata.hub.it.support;

import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real KRaft Kafka cluster in this JVM (Kafka's own {@code KafkaClusterTestKit}): one broker and, apart from it,
 * one controller, so that a test can stop the broker and start it again, as an outage would, while the cluster's
 * metadata stays. The broker keeps its port and its log across a restart.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int BROKER = 0;

    private final KafkaClusterTestKit cluster;

    private KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static KafkaBroker start() {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(false)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    // one broker: the internal topics cannot have more replicas than that
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaBroker(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("the in-process Kafka cluster did not start", e);
        }
    }

    /** {@code host:port} of the broker, as {@code bootstrap.servers} takes it. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker, as an outage would; the controller stays. */
    public void stopBroker() {
        cluster.brokers().get(BROKER).shutdown();
        cluster.brokers().get(BROKER).awaitShutdown();
    }

    /** Starts the stopped broker again, on its port and with its log. */
    public void startBroker() {
        cluster.brokers().get(BROKER).startup();
        try {
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not come back", e);
        }
    }

    /** Client properties that reach the broker, for consumers of the tests. */
    public Map<String, Object> clientProperties() {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("the in-process Kafka cluster did not stop cleanly", e);
        }
    }
}
