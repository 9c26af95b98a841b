package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.dcat.Agency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Organizations in CKAN's shapes: the short form embedded in a package, and the full one of the organization actions. */
final class OrganizationDicts {

    private OrganizationDicts() {}

    /** The organization as {@code package_show} embeds it. */
    static Map<String, Object> embedded(Organization organization) {
        Agency agency = organization.agency();
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("id", agency.id().toString());
        dict.put("name", agency.name());
        dict.put("title", agency.title());
        dict.put("type", "organization");
        dict.put("description", "");
        dict.put("image_url", "");
        dict.put("created", CkanTime.format(organization.created()));
        dict.put("is_organization", true);
        dict.put("approval_status", "approved");
        dict.put("state", "active");
        return dict;
    }

    /** The organization as {@code organization_show} and {@code organization_list?all_fields=true} give it. */
    static Map<String, Object> full(Organization organization) {
        Map<String, Object> dict = embedded(organization);
        dict.put("display_name", organization.agency().title());
        dict.put("image_display_url", "");
        dict.put("package_count", organization.datasets().size());
        dict.put("num_followers", 0);
        dict.put("groups", List.of());
        dict.put("tags", List.of());
        dict.put("extras", List.of());
        return dict;
    }
}
