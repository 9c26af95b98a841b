package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.dcat.DcatAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.ComponentScan;

/**
 * Serves the CKAN Action API subset ({@code /api/3/action/...}) wherever the read API and the DCAT catalogue are
 * served, with the portal settings ({@code hub.portal.*}) they share.
 */
@AutoConfiguration(after = DcatAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ComponentScan(basePackageClasses = CkanApiAutoConfiguration.class)
public class CkanApiAutoConfiguration {}
