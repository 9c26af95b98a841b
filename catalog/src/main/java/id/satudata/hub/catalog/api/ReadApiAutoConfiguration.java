package id.satudata.hub.catalog.api;

import id.satudata.hub.catalog.dataset.DatasetCatalog;
import id.satudata.hub.catalog.health.PipelinesHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * Serves the native read API ({@code /api/v1}) and the {@code pipelines} health in any Spring Boot web application
 * that has the catalog on its class path and a {@code DSLContext}; a {@code PipelineDirectory} bean, when present,
 * adds the pipelines. Datasets are registered through the registry ({@code DatasetCatalog}), which needs a
 * {@code DatasetStore} and a {@code SchemaRegistryClient}.
 */
@AutoConfiguration(after = JooqAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ComponentScan(
        basePackageClasses = {ReadApiAutoConfiguration.class, PipelinesHealthIndicator.class, DatasetCatalog.class})
public class ReadApiAutoConfiguration {}
