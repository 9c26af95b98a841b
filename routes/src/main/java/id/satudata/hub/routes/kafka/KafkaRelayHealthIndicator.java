package id.satudata.hub.routes.kafka;

import id.satudata.hub.connectors.kafka.KafkaRelay;
import id.satudata.hub.connectors.kafka.RelayStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * Health contributor {@code kafkaRelay}: the relay's state with each dataset's topic, saved position, last sequence
 * and lag. DOWN while it cannot relay (a broker gone, a refused record), so that a stalled outlet shows at once
 * and not only in a log line; UNKNOWN while it starts.
 */
final class KafkaRelayHealthIndicator extends AbstractHealthIndicator {

    private final KafkaRelay relay;

    KafkaRelayHealthIndicator(KafkaRelay relay) {
        super("Kafka relay health check failed");
        this.relay = relay;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        RelayStatus status = relay.status();
        health.status(statusOf(status.state()))
                .withDetail("state", status.state())
                .withDetail("since", status.since().toString());
        if (status.message() != null) {
            health.withDetail("message", status.message());
        }
        Map<String, Object> datasets = new LinkedHashMap<>();
        status.datasets().forEach((id, dataset) -> datasets.put(id, details(dataset)));
        health.withDetail("datasets", datasets);
    }

    private static Status statusOf(RelayStatus.State state) {
        return switch (state) {
            case RUNNING -> Status.UP;
            case STARTING -> Status.UNKNOWN;
            case RETRYING, FAILED -> Status.DOWN;
            case STOPPED -> Status.OUT_OF_SERVICE;
        };
    }

    private static Map<String, Object> details(RelayStatus.DatasetStatus dataset) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("topic", dataset.topic());
        details.put("position", dataset.position());
        details.put("lastSeq", dataset.lastSeq());
        details.put("lag", dataset.lag());
        return details;
    }
}
