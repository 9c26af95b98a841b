package id.satudata.hub.catalog.dcat;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The absolute URLs under which the hub serves a dataset, built from the request being answered, so that a
 * harvester gets links it can follow. Behind a proxy they carry the proxy's scheme and host when
 * {@code server.forward-headers-strategy=framework} installs Spring's {@code ForwardedHeaderFilter}.
 */
public final class DatasetLinks {

    private final String base;

    public DatasetLinks(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The links of the hub that is answering the current request. */
    public static DatasetLinks ofCurrentRequest() {
        return new DatasetLinks(
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    public String base() {
        return base;
    }

    /** The native API, {@code /api/v1}. */
    public String api() {
        return base + "/api/v1";
    }

    /** The OpenAPI description of the native API. */
    public String apiDescription() {
        return base + "/v3/api-docs";
    }

    public String catalog() {
        return base + "/catalog.jsonld";
    }

    public String dataset(String datasetId) {
        return api() + "/datasets/" + UriUtils.encodePathSegment(datasetId, "UTF-8");
    }

    public String records(String datasetId) {
        return dataset(datasetId) + "/records";
    }

    public String download(String datasetId, DownloadFormat format) {
        return dataset(datasetId) + "/download?format=" + format.parameter();
    }

    /** A CKAN action, e.g. {@code help_show}. */
    public String ckanAction(String action) {
        return base + "/api/3/action/" + action;
    }
}
