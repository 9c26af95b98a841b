package id.satudata.hub.catalog.dcat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hub names itself to portals and harvesters ({@code hub.portal.*}): the title and description of its DCAT
 * catalogue and CKAN site, and the publisher, the region's data steward (walidata), that answers for the catalogue
 * and for datasets whose producer is not recorded.
 *
 * @param publisher the catalogue's publisher; the title when not set
 */
@ConfigurationProperties("hub.portal")
public record PortalSettings(
        @DefaultValue("Satu Data Hub") String title,
        @DefaultValue("The authoritative copy of every dataset the region's agencies share") String description,
        String publisher) {

    public String publisherName() {
        return publisher == null || publisher.isBlank() ? title : publisher;
    }
}
