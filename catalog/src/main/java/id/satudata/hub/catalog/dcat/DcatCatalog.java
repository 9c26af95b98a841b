package id.satudata.hub.catalog.dcat;

import static id.satudata.hub.catalog.dcat.JsonLd.link;
import static id.satudata.hub.catalog.dcat.JsonLd.node;
import static id.satudata.hub.catalog.dcat.JsonLd.putDateTime;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The region's DCAT-AP 3 catalogue as one JSON-LD document: the {@code dcat:Catalog} with its publisher, every
 * dataset, and the native API as the {@code dcat:DataService} that serves them all, so that a national portal
 * harvests the whole region from one URL.
 */
final class DcatCatalog {

    private final DatasetLinks links;
    private final PortalSettings settings;
    private final DcatDatasets datasets;

    DcatCatalog(DatasetLinks links, PortalSettings settings) {
        this.links = links;
        this.settings = settings;
        this.datasets = new DcatDatasets(links, settings);
    }

    Map<String, Object> document(List<DatasetEntry> entries) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", JsonLd.CONTEXT);
        document.putAll(catalog(entries));
        return document;
    }

    private Map<String, Object> catalog(List<DatasetEntry> entries) {
        Map<String, Object> catalog = node(links.catalog(), "dcat:Catalog");
        catalog.put("dct:title", settings.title());
        catalog.put("dct:description", settings.description());
        catalog.put("dct:publisher", datasets.publisher(Agency.of(null, settings)));
        catalog.put("foaf:homepage", link(links.base()));
        putDateTime(catalog, "dct:modified", lastModified(entries));
        catalog.put("dcat:service", List.of(service(entries)));
        catalog.put("dcat:dataset", entries.stream().map(datasets::dataset).toList());
        return catalog;
    }

    private Map<String, Object> service(List<DatasetEntry> entries) {
        Map<String, Object> service = node(links.api(), "dcat:DataService");
        service.put("dct:title", settings.title() + " API");
        service.put("dcat:endpointURL", link(links.api()));
        service.put("dcat:endpointDescription", link(links.apiDescription()));
        service.put(
                "dcat:servesDataset",
                entries.stream().map(entry -> link(links.dataset(entry.id()))).toList());
        return service;
    }

    private static Instant lastModified(List<DatasetEntry> entries) {
        return entries.stream()
                .map(DatasetEntry::modifiedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }
}
