package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.dcat.DatasetLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code package_list}: the names of every package, in name order, paged by {@code limit} and {@code offset}. */
@Component
class PackageListAction implements CkanAction {

    private final CkanCatalog catalog;

    PackageListAction(CkanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "package_list";
    }

    @Override
    public List<String> run(ActionParameters parameters, DatasetLinks links) {
        int offset = parameters.naturalNumber("offset", 0);
        int limit = parameters.naturalNumber("limit", Integer.MAX_VALUE);
        return catalog.datasets().stream()
                .map(DatasetEntry::id)
                .sorted()
                .skip(offset)
                .limit(limit)
                .toList();
    }
}
