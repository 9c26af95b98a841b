package id.satudata.hub.routes.kafka;

import id.satudata.hub.connectors.config.InvalidSettingsException;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SettingProblem;
import id.satudata.hub.connectors.kafka.KafkaRelaySettings;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads {@code hub.kafka.*} into the relay's settings, every problem reported at once so that the hub does not
 * start half-configured; {@code hub.kafka.properties.*} go to the Kafka clients as they are.
 */
final class KafkaSettingsBinding {

    static final String PREFIX = "hub.kafka";
    private static final String CLIENT_PROPERTIES = "properties.";

    private KafkaSettingsBinding() {}

    static KafkaRelaySettings bind(Environment environment) {
        Map<String, String> declared = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        Map<String, String> settings = new HashMap<>();
        Map<String, String> clientProperties = new HashMap<>();
        declared.forEach((key, value) -> {
            if (key.startsWith(CLIENT_PROPERTIES)) {
                clientProperties.put(key.substring(CLIENT_PROPERTIES.length()), value);
            } else {
                settings.put(key, value);
            }
        });
        ParsedSettings parsed = KafkaRelaySettings.SPEC.parse(settings);
        if (!parsed.isValid()) {
            throw new InvalidSettingsException(parsed.problems().stream()
                    .map(problem -> new SettingProblem(PREFIX + "." + problem.key(), problem.message()))
                    .toList());
        }
        return KafkaRelaySettings.from(parsed, clientProperties);
    }
}
