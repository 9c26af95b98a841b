package id.satudata.hub.it.kafka;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.HubApi;
import java.time.Duration;

/** The hub's Kafka relay as its health contributor {@code kafkaRelay} shows it. */
final class RelayHealth {

    private RelayHealth() {}

    static JsonNode of(HubApi api) {
        // 503 while the relay is DOWN: the body says why all the same
        return api.get("/actuator/health/kafkaRelay").body();
    }

    /** The dataset as the relay shows it: topic, position, lastSeq, lag. */
    static JsonNode dataset(HubApi api, String datasetId) {
        return of(api).path("details").path("datasets").path(datasetId);
    }

    /** Waits until the broker has acknowledged every change the dataset has, and returns their number. */
    static long awaitRelayed(HubApi api, String datasetId, Duration timeout) {
        return await("every change of " + datasetId + " relayed to Kafka")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            long changes = api.dataset(datasetId)
                                    .path("counts")
                                    .path("changes")
                                    .asLong();
                            return dataset(api, datasetId).path("position").asLong(-1) == changes ? changes : -1;
                        },
                        changes -> changes > 0);
    }
}
