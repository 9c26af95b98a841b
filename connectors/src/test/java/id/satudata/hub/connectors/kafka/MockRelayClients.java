package id.satudata.hub.connectors.kafka;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka's own {@link MockProducer} in place of a broker: the first producer leaves acknowledgements to the test
 * ({@code completeNext}, {@code errorNext}) unless told otherwise; those made to start over acknowledge at once.
 */
final class MockRelayClients implements RelayClients {

    final List<MockProducer<byte[], byte[]>> producers = new CopyOnWriteArrayList<>();
    final Set<String> topics = ConcurrentHashMap.newKeySet();
    private final boolean firstAcknowledgesAtOnce;

    MockRelayClients(boolean firstAcknowledgesAtOnce) {
        this.firstAcknowledgesAtOnce = firstAcknowledgesAtOnce;
    }

    @Override
    public Producer<byte[], byte[]> newProducer() {
        boolean autoComplete = firstAcknowledgesAtOnce || !producers.isEmpty();
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer());
        producers.add(producer);
        return producer;
    }

    MockProducer<byte[], byte[]> producer(int index) {
        return producers.get(index);
    }

    @Override
    public void ensureTopic(String topic) {
        topics.add(topic);
    }

    @Override
    public void close() {}
}
