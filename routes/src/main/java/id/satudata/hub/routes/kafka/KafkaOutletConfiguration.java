package id.satudata.hub.routes.kafka;

import id.satudata.hub.catalog.dataset.DatasetSubjects;
import id.satudata.hub.catalog.store.ChangeLog;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.OutletPositions;
import id.satudata.hub.connectors.kafka.KafkaRelay;
import id.satudata.hub.connectors.kafka.KafkaRelayClients;
import id.satudata.hub.connectors.kafka.KafkaRelaySettings;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Kafka outlet, on when {@code hub.kafka.bootstrap-servers} is set (the embedded default has no broker): a
 * relay of every dataset's change log to its topic. It starts once the hub is ready, so that the declared datasets
 * and their key subjects are registered, and stops with the hub after its last acknowledged batch is saved.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.kafka.bootstrap-servers")
public class KafkaOutletConfiguration {

    @Bean
    KafkaRelaySettings kafkaRelaySettings(Environment environment) {
        return KafkaSettingsBinding.bind(environment);
    }

    @Bean(destroyMethod = "close")
    KafkaRelay kafkaRelay(
            KafkaRelaySettings settings,
            ChangeLog changeLog,
            DatasetStore store,
            DatasetSubjects subjects,
            SchemaRegistryClient registry,
            OutletPositions positions) {
        return new KafkaRelay(
                settings,
                new ChangeLogRelaySource(changeLog, store, subjects, registry),
                new OutletRelayPositions(positions),
                new KafkaRelayClients(settings));
    }

    @Bean
    KafkaRelayHealthIndicator kafkaRelayHealthIndicator(KafkaRelay relay) {
        return new KafkaRelayHealthIndicator(relay);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> kafkaRelayStart(
            KafkaRelay relay, ChangeLog changeLog, MeterRegistry meters) {
        return ready -> {
            KafkaRelayMetrics.register(meters, relay, changeLog.lastSequences().keySet());
            relay.start();
        };
    }
}
