package id.satudata.hub.routes.registry;

import id.satudata.hub.schemas.registry.HttpRegistrySettings;
import id.satudata.hub.schemas.registry.HttpSchemaRegistryClient;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code hub.registry.url} set, the hub keeps its datasets' schemas in that Confluent-compatible registry
 * instead of its own, so a region that already runs one keeps it; the hub's own registry API still answers, for
 * its own subjects. Without the setting the in-process registry is the hub's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.registry.url")
public class RemoteRegistryConfiguration {

    @Bean
    SchemaRegistryClient remoteSchemaRegistry(
            @Value("${hub.registry.url}") URI url,
            @Value("${hub.registry.basic-auth-user-info:}") String basicAuthUserInfo,
            @Value("${hub.registry.connect-timeout:10s}") Duration connectTimeout,
            @Value("${hub.registry.request-timeout:30s}") Duration requestTimeout) {
        return new HttpSchemaRegistryClient(new HttpRegistrySettings(
                url, connectTimeout, requestTimeout, basicAuthUserInfo.isBlank() ? null : basicAuthUserInfo));
    }
}
