package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.dcat.DatasetLinks;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code organization_list}: the agencies' names, or with {@code all_fields=true} their full dicts; sorted as
 * {@code sort} says ({@code title}, {@code name} or {@code package_count}, {@code asc} or {@code desc}; default
 * {@code title asc}, as in CKAN), paged by {@code limit} and {@code offset}.
 */
@Component
class OrganizationListAction implements CkanAction {

    private final CkanCatalog catalog;

    OrganizationListAction(CkanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "organization_list";
    }

    @Override
    public List<?> run(ActionParameters parameters, DatasetLinks links) {
        Comparator<Organization> order = order(parameters.text("sort").orElse("title asc"));
        int offset = parameters.naturalNumber("offset", 0);
        int limit = parameters.naturalNumber("limit", Integer.MAX_VALUE);
        boolean allFields = parameters.bool("all_fields", false);
        return catalog.organizations().stream()
                .sorted(order)
                .skip(offset)
                .limit(limit)
                .map(organization -> allFields
                        ? OrganizationDicts.full(organization)
                        : organization.agency().name())
                .toList();
    }

    private static Comparator<Organization> order(String sort) {
        String[] parts = sort.trim().toLowerCase(Locale.ROOT).split("\\s+");
        Comparator<Organization> order =
                switch (parts[0]) {
                    case "title" -> Comparator.comparing(
                            organization -> organization.agency().title());
                    case "name" -> Comparator.comparing(
                            organization -> organization.agency().name());
                    case "package_count" -> Comparator.comparingInt(
                            organization -> organization.datasets().size());
                    default -> throw CkanException.invalid(
                            "sort", "Cannot sort by field `" + parts[0] + "`; use name, title or package_count");
                };
        boolean descending = parts.length > 1 && parts[1].equals("desc");
        return descending ? order.reversed() : order;
    }
}
