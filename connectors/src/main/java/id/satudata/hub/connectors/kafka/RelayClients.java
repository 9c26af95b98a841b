package id.satudata.hub.connectors.kafka;

import org.apache.kafka.clients.producer.Producer;

/** The Kafka clients the relay needs: a producer to send with, and its datasets' topics made ready. */
public interface RelayClients extends AutoCloseable {

    /** A new producer; the relay closes it, and makes a new one to start over after a failure. */
    Producer<byte[], byte[]> newProducer();

    /** Creates the topic when it is missing; a topic that exists is left as it is. */
    void ensureTopic(String topic);

    @Override
    void close();
}
