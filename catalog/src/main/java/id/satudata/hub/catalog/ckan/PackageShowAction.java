package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.dcat.DatasetLinks;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code package_show}: one package by its id or name. */
@Component
class PackageShowAction implements CkanAction {

    private final CkanCatalog catalog;

    PackageShowAction(CkanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "package_show";
    }

    @Override
    public Map<String, Object> run(ActionParameters parameters, DatasetLinks links) {
        DatasetEntry dataset = catalog.requirePackage(parameters.required("id"));
        return PackageDicts.of(dataset, catalog.organizationOf(dataset), links);
    }
}
