package id.satudata.hub.connectors.kafka;

import java.time.Instant;
import java.util.Map;

/**
 * What the relay is doing, for health and metrics.
 *
 * @param message why the relay is not running, {@code null} while it is
 * @param since when the relay entered this state
 * @param datasets by dataset id
 */
public record RelayStatus(State state, String message, Instant since, Map<String, DatasetStatus> datasets) {

    public enum State {
        /** Not yet connected, or making a dataset's topic ready. */
        STARTING,
        /** Relaying, or caught up and waiting for changes. */
        RUNNING,
        /** A transient failure, such as a broker that cannot be reached: starting over from the saved positions. */
        RETRYING,
        /** A failure that needs an operator, such as a refused topic or record: retried all the same. */
        FAILED,
        STOPPED
    }

    /**
     * @param position the last sequence acknowledged by the broker and saved
     * @param lastSeq the dataset's last sequence when the relay last looked
     */
    public record DatasetStatus(String topic, long position, long lastSeq) {

        /** Changes not yet relayed. */
        public long lag() {
            return lastSeq - position;
        }
    }

    public RelayStatus {
        datasets = Map.copyOf(datasets);
    }

    /** The same datasets in another state. */
    RelayStatus in(State newState, String newMessage) {
        return new RelayStatus(newState, newMessage, newState == state ? since : Instant.now(), datasets);
    }
}
