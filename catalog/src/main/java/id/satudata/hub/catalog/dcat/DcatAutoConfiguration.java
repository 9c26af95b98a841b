package id.satudata.hub.catalog.dcat;

import id.satudata.hub.catalog.api.ReadApiAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;

/**
 * Serves the DCAT-AP catalogue ({@code /catalog.jsonld}) wherever the read API is served, and binds
 * {@code hub.portal.*}, which the CKAN API shares.
 */
@AutoConfiguration(after = ReadApiAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PortalSettings.class)
@ComponentScan(basePackageClasses = DcatAutoConfiguration.class)
public class DcatAutoConfiguration {}
