package id.satudata.hub.connectors.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's work on one producer: reads each dataset's next batch after what it has sent, sends it keyed (the
 * producer's key hash keeps each key on one partition, in order), and saves a dataset's position once the broker
 * has acknowledged a batch and all before it. Used from the relay's thread only; dropped after a failure, so that
 * the next one starts from the saved positions.
 */
final class ChangeSender {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeSender.class);

    private final RelayedChanges changes;
    private final RelayPositions positions;
    private final RelayClients clients;
    private final int readLimit;
    private final Runnable onAcknowledged;
    private final Producer<byte[], byte[]> producer;
    private final Map<String, DatasetLane> lanes = new LinkedHashMap<>();

    ChangeSender(
            RelayedChanges changes,
            RelayPositions positions,
            RelayClients clients,
            int readLimit,
            Runnable onAcknowledged) {
        this.changes = changes;
        this.positions = positions;
        this.clients = clients;
        this.readLimit = readLimit;
        this.onAcknowledged = onAcknowledged;
        this.producer = clients.newProducer();
    }

    /**
     * One look at every dataset: saves what is acknowledged, sends the next batch where there is room.
     *
     * @return whether anything was sent
     * @throws RuntimeException the broker's refusal of a change, or a failure to reach it or the hub's database
     */
    boolean relayOnce() {
        boolean sent = false;
        for (Map.Entry<String, Long> dataset : changes.lastSequences().entrySet()) {
            DatasetLane lane = lanes.computeIfAbsent(dataset.getKey(), this::openLane);
            lane.lastSeq(dataset.getValue());
            saveAcknowledged(lane);
            Exception refused = lane.failure();
            if (refused != null) {
                throw refused instanceof RuntimeException runtime ? runtime : new IllegalStateException(refused);
            }
            if (lane.hasRoomToSend()) {
                sent |= send(lane);
            }
        }
        return sent;
    }

    /** Each dataset's topic and progress, as far as this sender has seen them. */
    Map<String, RelayStatus.DatasetStatus> statuses() {
        Map<String, RelayStatus.DatasetStatus> statuses = new LinkedHashMap<>();
        lanes.values().forEach(lane -> statuses.put(lane.datasetId, lane.status()));
        return statuses;
    }

    /**
     * Closes the producer, waiting up to {@code timeout} for what is in flight, and saves what was acknowledged
     * meanwhile; what was not is sent again by the next sender.
     */
    void close(Duration timeout) {
        try {
            producer.close(timeout);
        } catch (RuntimeException failure) {
            LOG.warn("Kafka relay's producer did not close cleanly: {}", failure.toString());
        }
        for (DatasetLane lane : lanes.values()) {
            try {
                saveAcknowledged(lane);
            } catch (RuntimeException failure) {
                LOG.warn("Kafka relay could not save the position of {}: {}", lane.datasetId, failure.toString());
            }
        }
    }

    private DatasetLane openLane(String datasetId) {
        String topic = changes.topic(datasetId);
        clients.ensureTopic(topic);
        return new DatasetLane(datasetId, topic, positions.position(datasetId));
    }

    private boolean send(DatasetLane lane) {
        List<OutboundChange> batch = changes.after(lane.datasetId, lane.sent(), readLimit);
        if (batch.isEmpty()) {
            return false;
        }
        DatasetLane.Batch acknowledgements =
                lane.send(batch.get(batch.size() - 1).seq(), batch.size(), onAcknowledged);
        for (OutboundChange change : batch) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(KafkaRelay.SEQ_HEADER, Long.toString(change.seq()).getBytes(StandardCharsets.US_ASCII));
            producer.send(
                    new ProducerRecord<>(lane.topic, null, null, change.key(), change.value(), headers),
                    acknowledgements);
            if (acknowledgements.refused()) {
                // a send that waited max.block.ms for a broker that is gone: the next would wait as long again
                break;
            }
        }
        return true;
    }

    private void saveAcknowledged(DatasetLane lane) {
        long saved = lane.saved();
        long acknowledged = lane.acknowledgedThrough();
        if (acknowledged > saved) {
            positions.save(lane.datasetId, acknowledged);
        }
    }
}
