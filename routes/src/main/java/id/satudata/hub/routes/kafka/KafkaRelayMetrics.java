package id.satudata.hub.routes.kafka;

import id.satudata.hub.connectors.kafka.KafkaRelay;
import id.satudata.hub.connectors.kafka.RelayStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.function.ToLongFunction;

/**
 * Gauges per dataset: {@code hub.kafka.lag} (changes not yet acknowledged by the broker) and
 * {@code hub.kafka.position} (the last sequence acknowledged and saved); NaN until the relay has looked at the
 * dataset.
 */
final class KafkaRelayMetrics {

    private KafkaRelayMetrics() {}

    static void register(MeterRegistry registry, KafkaRelay relay, Collection<String> datasetIds) {
        for (String datasetId : datasetIds) {
            gauge(
                    registry,
                    relay,
                    datasetId,
                    "hub.kafka.lag",
                    "Changes not yet relayed",
                    RelayStatus.DatasetStatus::lag);
            gauge(
                    registry,
                    relay,
                    datasetId,
                    "hub.kafka.position",
                    "Last change relayed and acknowledged",
                    RelayStatus.DatasetStatus::position);
        }
    }

    private static void gauge(
            MeterRegistry registry,
            KafkaRelay relay,
            String datasetId,
            String name,
            String description,
            ToLongFunction<RelayStatus.DatasetStatus> value) {
        Gauge.builder(name, relay, r -> {
                    RelayStatus.DatasetStatus dataset = r.status().datasets().get(datasetId);
                    return dataset == null ? Double.NaN : value.applyAsLong(dataset);
                })
                .tag("dataset", datasetId)
                .description(description)
                .register(registry);
    }
}
