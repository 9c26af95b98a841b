package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.dcat.Agency;
import id.satudata.hub.catalog.dcat.DownloadFormat;

/**
 * The UUIDs CKAN clients expect for packages and resources, derived from the dataset id so that they are the same
 * on every request and every restart without being stored. The package's {@code name} stays the dataset id.
 */
final class CkanIds {

    private CkanIds() {}

    static String packageId(String datasetId) {
        return Agency.stableId("package", datasetId).toString();
    }

    /** The DataStore resource: the dataset's authoritative table. */
    static String datastoreId(String datasetId) {
        return Agency.stableId("datastore", datasetId).toString();
    }

    static String downloadId(String datasetId, DownloadFormat format) {
        return Agency.stableId("download", datasetId + ":" + format.parameter()).toString();
    }
}
