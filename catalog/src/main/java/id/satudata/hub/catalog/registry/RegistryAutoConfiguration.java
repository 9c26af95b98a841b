package id.satudata.hub.catalog.registry;

import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The schema registry in any application with the catalog and a {@code DSLContext}, and the in-process
 * {@link SchemaRegistryClient} over it unless the application brings another (a remote Confluent registry).
 */
@AutoConfiguration(after = JooqAutoConfiguration.class)
@ConditionalOnBean(DSLContext.class)
public class RegistryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public SchemaRegistryService schemaRegistryService(DSLContext dsl, ObjectProvider<RegistrationHook> hooks) {
        return new SchemaRegistryService(dsl, () -> hooks.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean(SchemaRegistryClient.class)
    public InProcessRegistryClient inProcessRegistryClient(SchemaRegistryService registry) {
        return new InProcessRegistryClient(registry);
    }
}
