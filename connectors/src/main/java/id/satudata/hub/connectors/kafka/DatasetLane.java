package id.satudata.hub.connectors.kafka;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One dataset as the relay works through it: the position saved, how far it has sent, and the batches sent but not
 * yet saved, in sequence order. Acknowledgements come on the producer's thread and complete a batch; the relay's
 * thread takes completed batches from the front only, so a saved position never passes an unacknowledged change,
 * whichever partition acknowledges first.
 */
final class DatasetLane {

    /** Batches sent and not yet saved, at most: bounds the memory and the repeats after a failure. */
    static final int MAX_UNSAVED_BATCHES = 8;

    final String datasetId;
    final String topic;
    private final Deque<Batch> unsaved = new ArrayDeque<>();
    private long saved;
    private long sent;
    private long lastSeq;

    DatasetLane(String datasetId, String topic, long saved) {
        this.datasetId = datasetId;
        this.topic = topic;
        this.saved = saved;
        this.sent = saved;
    }

    /** One batch of sends: complete when every change is acknowledged, failed when any is refused. */
    static final class Batch implements Callback {
        private final long lastSeq;
        private final AtomicInteger unacknowledged;
        private final Runnable onComplete;
        private volatile Exception failure;

        private Batch(long lastSeq, int size, Runnable onComplete) {
            this.lastSeq = lastSeq;
            this.unacknowledged = new AtomicInteger(size);
            this.onComplete = onComplete;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception != null && failure == null) {
                failure = exception;
            }
            if (unacknowledged.decrementAndGet() == 0 || exception != null) {
                onComplete.run();
            }
        }

        /** Whether the broker, or the producer giving up on it, has refused a change of the batch. */
        boolean refused() {
            return failure != null;
        }

        private boolean acknowledged() {
            return unacknowledged.get() == 0 && failure == null;
        }
    }

    /** Opens the batch of changes up to {@code lastSeq}; {@code onComplete} runs on the producer's thread. */
    Batch send(long lastSeqOfBatch, int size, Runnable onComplete) {
        Batch batch = new Batch(lastSeqOfBatch, size, onComplete);
        unsaved.addLast(batch);
        sent = lastSeqOfBatch;
        return batch;
    }

    /** The sequence up to which every change is acknowledged; moves past the batches it covers. */
    long acknowledgedThrough() {
        while (!unsaved.isEmpty() && unsaved.peekFirst().acknowledged()) {
            saved = unsaved.removeFirst().lastSeq;
        }
        return saved;
    }

    /** The first refusal of a change sent and not yet saved, or {@code null}. */
    Exception failure() {
        for (Batch batch : unsaved) {
            if (batch.failure != null) {
                return batch.failure;
            }
        }
        return null;
    }

    boolean hasRoomToSend() {
        return sent < lastSeq && unsaved.size() < MAX_UNSAVED_BATCHES;
    }

    void lastSeq(long lastSeq) {
        this.lastSeq = lastSeq;
    }

    long saved() {
        return saved;
    }

    long sent() {
        return sent;
    }

    RelayStatus.DatasetStatus status() {
        return new RelayStatus.DatasetStatus(topic, saved, Math.max(lastSeq, saved));
    }
}
