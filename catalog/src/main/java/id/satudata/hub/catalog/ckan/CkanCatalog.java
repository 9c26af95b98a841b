package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.api.dataset.DatasetRepository;
import id.satudata.hub.catalog.dcat.Agency;
import id.satudata.hub.catalog.dcat.PortalSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The hub's datasets as CKAN names them: packages found by UUID or name, DataStore resources by UUID, and agencies
 * as organizations. A region keeps tens to hundreds of datasets, so lookups go over the whole list in memory.
 */
@Component
class CkanCatalog {

    private final DatasetRepository datasets;
    private final PortalSettings settings;

    CkanCatalog(DatasetRepository datasets, PortalSettings settings) {
        this.datasets = datasets;
        this.settings = settings;
    }

    List<DatasetEntry> datasets() {
        return datasets.all();
    }

    Agency agencyOf(DatasetEntry dataset) {
        return Agency.of(dataset.producer(), settings);
    }

    /** CKAN's {@code package_show} accepts either the package's id or its name. */
    DatasetEntry requirePackage(String idOrName) {
        return datasets().stream()
                .filter(dataset -> dataset.id().equals(idOrName)
                        || CkanIds.packageId(dataset.id()).equals(idOrName))
                .findFirst()
                .orElseThrow(() -> CkanException.notFound(null));
    }

    DatasetEntry requireDatastore(String resourceId) {
        return datasets().stream()
                .filter(dataset -> CkanIds.datastoreId(dataset.id()).equals(resourceId))
                .findFirst()
                .orElseThrow(() -> CkanException.notFound("Resource \"" + resourceId + "\" was not found."));
    }

    /**
     * Every agency with its datasets, ordered by title as CKAN's {@code organization_list} orders them; producers
     * whose names differ only in case or punctuation share one organization, as they share its name.
     */
    List<Organization> organizations() {
        Map<String, Organization> byName = new LinkedHashMap<>();
        datasets().stream().sorted(Comparator.comparing(DatasetEntry::id)).forEach(dataset -> {
            Agency agency = agencyOf(dataset);
            byName.computeIfAbsent(agency.name(), name -> new Organization(agency, new ArrayList<>()))
                    .datasets()
                    .add(dataset);
        });
        return byName.values().stream()
                .sorted(Comparator.comparing(
                        organization -> organization.agency().title()))
                .toList();
    }

    Organization organizationOf(DatasetEntry dataset) {
        return requireOrganization(agencyOf(dataset).name());
    }

    /** CKAN's {@code organization_show} accepts either the organization's id or its name. */
    Organization requireOrganization(String idOrName) {
        return organizations().stream()
                .filter(organization -> organization.agency().name().equals(idOrName)
                        || organization.agency().id().toString().equals(idOrName))
                .findFirst()
                .orElseThrow(() -> CkanException.notFound(null));
    }
}
