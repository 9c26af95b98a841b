package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.dcat.DatasetLinks;
import id.satudata.hub.catalog.dcat.PortalSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code status_show}: what the site is. CKAN clients read {@code ckan_version} to know which action shapes to
 * expect; the hub answers with the CKAN release whose shapes this subset follows, and lists {@code datastore} among
 * the extensions since {@code datastore_search} is served.
 */
@Component
class StatusShowAction implements CkanAction {

    static final String CKAN_API_LEVEL = "2.10.0";

    private final PortalSettings settings;

    StatusShowAction(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "status_show";
    }

    @Override
    public Map<String, Object> run(ActionParameters parameters, DatasetLinks links) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("site_title", settings.title());
        status.put("site_description", settings.description());
        status.put("site_url", links.base());
        status.put("ckan_version", CKAN_API_LEVEL);
        status.put("error_emails_to", null);
        status.put("locale_default", "id");
        status.put("extensions", List.of("datastore"));
        return status;
    }
}
