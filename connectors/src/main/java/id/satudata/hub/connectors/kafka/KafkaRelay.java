package id.satudata.hub.connectors.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays every dataset's change log to its topic on a thread of its own ({@link ChangeSender} does the work). A
 * failure drops the sender and its producer and starts over from the saved positions after {@code retry-backoff},
 * so changes are relayed at least once: what was sent and not yet saved is sent again, which compaction makes
 * harmless, and a broker that went away gets everything once it is back. When every log is relayed the relay waits
 * {@code idle-backoff} before looking again, and wakes at once when the broker acknowledges a batch.
 */
public final class KafkaRelay implements AutoCloseable {

    /** The header that carries the change's sequence in its dataset's change log, in decimal. */
    public static final String SEQ_HEADER = "satudata.seq";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaRelay.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRelaySettings settings;
    private final RelayedChanges changes;
    private final RelayPositions positions;
    private final RelayClients clients;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread = new Thread(this::run, "kafka-relay");
    private volatile boolean running;
    private volatile RelayStatus status = new RelayStatus(RelayStatus.State.STARTING, null, Instant.now(), Map.of());
    private ChangeSender sender;

    public KafkaRelay(
            KafkaRelaySettings settings, RelayedChanges changes, RelayPositions positions, RelayClients clients) {
        this.settings = settings;
        this.changes = changes;
        this.positions = positions;
        this.clients = clients;
        thread.setDaemon(true);
    }

    public void start() {
        running = true;
        thread.start();
    }

    public RelayStatus status() {
        return status;
    }

    /** Stops relaying: waits for what is in flight to be acknowledged, and saves its position. */
    @Override
    public void close() {
        running = false;
        wake.release();
        try {
            thread.join(CLOSE_TIMEOUT.multipliedBy(2).toMillis());
            if (thread.isAlive()) {
                // a send blocked on a broker that is gone
                thread.interrupt();
                thread.join(CLOSE_TIMEOUT.toMillis());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try {
                if (sender == null) {
                    sender = new ChangeSender(changes, positions, clients, settings.readLimit(), wake::release);
                }
                boolean sent = sender.relayOnce();
                publish(RelayStatus.State.RUNNING, null);
                if (!sent) {
                    idle(settings.idleBackoff());
                }
            } catch (RuntimeException failure) {
                if (running) {
                    startOver(failure);
                }
            }
        }
        // an interrupt that cut a blocked send short must not cut the close short as well
        Thread.interrupted();
        dropSender(CLOSE_TIMEOUT);
        clients.close();
        publish(RelayStatus.State.STOPPED, null);
    }

    private void startOver(RuntimeException failure) {
        boolean transientFailure = failure instanceof RetriableException;
        if (transientFailure || failure.toString().equals(status.message())) {
            LOG.warn(
                    "Kafka relay starts over from its saved positions in {}: {}",
                    settings.retryBackoff(),
                    failure.toString());
        } else {
            LOG.error(
                    "Kafka relay failed; it starts over from its saved positions in {}",
                    settings.retryBackoff(),
                    failure);
        }
        dropSender(Duration.ZERO);
        publish(transientFailure ? RelayStatus.State.RETRYING : RelayStatus.State.FAILED, failure.toString());
        idle(settings.retryBackoff());
    }

    private void dropSender(Duration timeout) {
        if (sender != null) {
            sender.close(timeout);
            publish(status.state(), status.message());
            sender = null;
        }
    }

    private void publish(RelayStatus.State state, String message) {
        Map<String, RelayStatus.DatasetStatus> datasets = new LinkedHashMap<>(status.datasets());
        if (sender != null) {
            datasets.putAll(sender.statuses());
        }
        status = new RelayStatus(status.state(), status.message(), status.since(), datasets).in(state, message);
    }

    private void idle(Duration backoff) {
        try {
            if (wake.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                wake.drainPermits();
            }
        } catch (InterruptedException interrupted) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }
}
