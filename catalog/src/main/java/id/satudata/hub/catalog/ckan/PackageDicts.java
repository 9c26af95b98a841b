package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.dcat.DatasetLinks;
import id.satudata.hub.catalog.dcat.DownloadFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset as a CKAN package: the dataset id is the package name, the producer its organization, and its resources
 * are the authoritative table as a DataStore resource (query it with {@code datastore_search}) followed by one
 * download per format. The key fields and schema version, which CKAN has no place for, go in {@code extras}; the
 * hub records no licence, so the package says so with CKAN's own {@code notspecified}.
 */
final class PackageDicts {

    private PackageDicts() {}

    static Map<String, Object> of(DatasetEntry dataset, Organization organization, DatasetLinks links) {
        String id = dataset.id();
        List<Map<String, Object>> resources = resources(dataset, links);
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("id", CkanIds.packageId(id));
        dict.put("name", id);
        dict.put("title", dataset.title() == null || dataset.title().isBlank() ? id : dataset.title());
        dict.put("notes", dataset.description() == null ? "" : dataset.description());
        dict.put("type", "dataset");
        dict.put("state", "active");
        dict.put("private", false);
        dict.put("url", links.dataset(id));
        dict.put("version", null);
        dict.put("metadata_created", CkanTime.format(dataset.createdAt()));
        dict.put("metadata_modified", CkanTime.format(dataset.modifiedAt()));
        dict.put("creator_user_id", null);
        dict.put("owner_org", organization.agency().id().toString());
        dict.put("organization", OrganizationDicts.embedded(organization));
        dict.put("num_resources", resources.size());
        dict.put("resources", resources);
        dict.put("num_tags", 0);
        dict.put("tags", List.of());
        dict.put("groups", List.of());
        dict.put("extras", extras(dataset));
        dict.put("license_id", "notspecified");
        dict.put("license_title", "License not specified");
        dict.put("isopen", false);
        dict.put("relationships_as_object", List.of());
        dict.put("relationships_as_subject", List.of());
        return dict;
    }

    private static List<Map<String, Object>> resources(DatasetEntry dataset, DatasetLinks links) {
        List<Map<String, Object>> resources = new ArrayList<>();
        Map<String, Object> datastore =
                resource(dataset, CkanIds.datastoreId(dataset.id()), links.records(dataset.id()), resources.size());
        datastore.put("name", dataset.id());
        datastore.put("description", "The authoritative records; query them with datastore_search");
        datastore.put("format", "JSON");
        datastore.put("mimetype", "application/json");
        datastore.put("datastore_active", true);
        resources.add(datastore);
        for (DownloadFormat format : DownloadFormat.values()) {
            Map<String, Object> download = resource(
                    dataset,
                    CkanIds.downloadId(dataset.id(), format),
                    links.download(dataset.id(), format),
                    resources.size());
            download.put("name", dataset.id() + "." + format.parameter());
            download.put("description", "Every record, as " + format.label());
            download.put("format", format.label());
            download.put("mimetype", format.mediaType());
            download.put("datastore_active", false);
            resources.add(download);
        }
        return resources;
    }

    /** The keys every CKAN resource has, in CKAN's order, with what the hub does not know left empty. */
    private static Map<String, Object> resource(DatasetEntry dataset, String id, String url, int position) {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("id", id);
        dict.put("package_id", CkanIds.packageId(dataset.id()));
        dict.put("url", url);
        dict.put("url_type", null);
        dict.put("position", position);
        dict.put("created", CkanTime.format(dataset.createdAt()));
        dict.put("last_modified", CkanTime.format(dataset.modifiedAt()));
        dict.put("mimetype_inner", null);
        dict.put("resource_type", null);
        dict.put("size", null);
        dict.put("hash", "");
        dict.put("cache_url", null);
        dict.put("cache_last_updated", null);
        dict.put("state", "active");
        return dict;
    }

    private static List<Map<String, String>> extras(DatasetEntry dataset) {
        return List.of(
                extra("key_fields", String.join(",", dataset.keyFields())),
                extra("schema_version", String.valueOf(dataset.schemaVersion())),
                extra("record_count", String.valueOf(dataset.recordCount())));
    }

    private static Map<String, String> extra(String key, String value) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("key", key);
        extra.put("value", value);
        return extra;
    }
}
