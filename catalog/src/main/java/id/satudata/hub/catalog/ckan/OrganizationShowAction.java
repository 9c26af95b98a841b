package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.dcat.DatasetLinks;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code organization_show}: one agency by its id or name; its packages too with {@code include_datasets=true}. */
@Component
class OrganizationShowAction implements CkanAction {

    private final CkanCatalog catalog;

    OrganizationShowAction(CkanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "organization_show";
    }

    @Override
    public Map<String, Object> run(ActionParameters parameters, DatasetLinks links) {
        Organization organization = catalog.requireOrganization(parameters.required("id"));
        Map<String, Object> dict = OrganizationDicts.full(organization);
        if (parameters.bool("include_datasets", false)) {
            dict.put(
                    "packages",
                    organization.datasets().stream()
                            .map(dataset -> PackageDicts.of(dataset, organization, links))
                            .toList());
        }
        return dict;
    }
}
