package id.satudata.hub.catalog.registry.api;

import id.satudata.hub.catalog.registry.RegistryAutoConfiguration;
import id.satudata.hub.catalog.registry.SchemaRegistryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Serves the Confluent-compatible registry API under {@code hub.registry.base-path} (default {@code /registry}) in any
 * servlet web application that has the registry, so Confluent clients work with
 * {@code schema.registry.url=http://host:8080/registry}.
 */
@AutoConfiguration(after = RegistryAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(SchemaRegistryService.class)
@Import({
    RegistryJson.class,
    SchemaBodies.class,
    RegistryErrorHandler.class,
    RegistryRoutingErrors.class,
    SubjectController.class,
    SubjectVersionController.class,
    SchemaController.class,
    ConfigController.class,
    ModeController.class,
    CompatibilityController.class
})
public class RegistryApiAutoConfiguration {

    /** Ahead of the web layer's filters (metrics included): see {@link SchemaByIdFastPath}. */
    @Bean
    FilterRegistrationBean<SchemaByIdFastPath> schemaByIdFastPath(
            @Value(RegistryMediaTypes.BASE_PATH) String basePath, SchemaBodies bodies) {
        String prefix = (basePath.endsWith("/") ? basePath : basePath + "/") + "schemas/ids/";
        FilterRegistrationBean<SchemaByIdFastPath> registration =
                new FilterRegistrationBean<>(new SchemaByIdFastPath(prefix, bodies));
        registration.addUrlPatterns(prefix + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
