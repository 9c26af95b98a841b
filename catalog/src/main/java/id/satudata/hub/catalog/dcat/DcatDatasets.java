package id.satudata.hub.catalog.dcat;

import static id.satudata.hub.catalog.dcat.JsonLd.link;
import static id.satudata.hub.catalog.dcat.JsonLd.node;
import static id.satudata.hub.catalog.dcat.JsonLd.putDateTime;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One dataset as a DCAT-AP 3 {@code dcat:Dataset}: its publisher, dates, a distribution per download format and one
 * served by the native API. A dataset without a description is described by its title, since DCAT-AP requires
 * {@code dct:description}.
 */
final class DcatDatasets {

    private final DatasetLinks links;
    private final PortalSettings settings;

    DcatDatasets(DatasetLinks links, PortalSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    Map<String, Object> dataset(DatasetEntry dataset) {
        String id = dataset.id();
        String title = titleOf(dataset);
        Map<String, Object> node = node(links.dataset(id), "dcat:Dataset");
        node.put("dct:identifier", id);
        node.put("dct:title", title);
        node.put("dct:description", dataset.description() == null ? title : dataset.description());
        node.put("dct:publisher", publisher(Agency.of(dataset.producer(), settings)));
        putDateTime(node, "dct:issued", dataset.createdAt());
        putDateTime(node, "dct:modified", dataset.modifiedAt());
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (DownloadFormat format : DownloadFormat.values()) {
            distributions.add(download(dataset, format));
        }
        distributions.add(api(dataset));
        node.put("dcat:distribution", distributions);
        return node;
    }

    /** The agency as a {@code foaf:Organization}, identified by its CKAN {@code organization_show} URL. */
    Map<String, Object> publisher(Agency agency) {
        Map<String, Object> node =
                node(links.ckanAction("organization_show") + "?id=" + agency.name(), "foaf:Organization");
        node.put("foaf:name", agency.title());
        return node;
    }

    private Map<String, Object> download(DatasetEntry dataset, DownloadFormat format) {
        String url = links.download(dataset.id(), format);
        Map<String, Object> node =
                distribution(dataset, format.parameter(), titleOf(dataset) + " (" + format.label() + ")");
        node.put("dcat:accessURL", link(url));
        node.put("dcat:downloadURL", link(url));
        node.put("dcat:mediaType", link(format.mediaTypeIri()));
        return node;
    }

    private Map<String, Object> api(DatasetEntry dataset) {
        Map<String, Object> node = distribution(dataset, "api", titleOf(dataset) + " (API)");
        node.put("dcat:accessURL", link(links.records(dataset.id())));
        node.put("dcat:mediaType", link("https://www.iana.org/assignments/media-types/application/json"));
        node.put("dcat:accessService", link(links.api()));
        return node;
    }

    private Map<String, Object> distribution(DatasetEntry dataset, String fragment, String title) {
        Map<String, Object> node = node(links.dataset(dataset.id()) + "#" + fragment, "dcat:Distribution");
        node.put("dct:title", title);
        putDateTime(node, "dct:modified", dataset.modifiedAt());
        return node;
    }

    static String titleOf(DatasetEntry dataset) {
        return dataset.title() == null || dataset.title().isBlank() ? dataset.id() : dataset.title();
    }
}
