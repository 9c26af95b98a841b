package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.dcat.DatasetLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code package_search}: the packages matching {@code q} and {@code fq} (see {@link PackageQuery}), ordered by
 * {@code sort}, {@code rows} of them from {@code start}, with the organization facet when {@code facet.field} asks
 * for it. {@code rows} defaults to 10 and is capped at 1000 as CKAN's {@code ckan.search.rows_max} caps it.
 */
@Component
class PackageSearchAction implements CkanAction {

    static final int DEFAULT_ROWS = 10;
    static final int MAX_ROWS = 1000;

    private final CkanCatalog catalog;

    PackageSearchAction(CkanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "package_search";
    }

    @Override
    public Map<String, Object> run(ActionParameters parameters, DatasetLinks links) {
        int rows = Math.min(parameters.naturalNumber("rows", DEFAULT_ROWS), MAX_ROWS);
        int start = parameters.naturalNumber("start", 0);
        String sort = parameters.text("sort").orElse(PackageQuery.DEFAULT_SORT);
        PackageQuery query = new PackageQuery(
                parameters.text("q").orElse(""), parameters.text("fq").orElse(""));
        Map<String, Organization> organizations = new LinkedHashMap<>();
        List<DatasetEntry> matches = new ArrayList<>();
        for (Organization organization : catalog.organizations()) {
            for (DatasetEntry dataset : organization.datasets()) {
                if (query.matches(dataset, organization)) {
                    matches.add(dataset);
                    organizations.put(dataset.id(), organization);
                }
            }
        }
        matches.sort(PackageQuery.order(sort));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", matches.size());
        result.put("sort", sort);
        SearchFacets facets = new SearchFacets(facetFields(parameters), matches, organizations);
        result.put("facets", facets.facets());
        result.put(
                "results",
                matches.stream()
                        .skip(start)
                        .limit(rows)
                        .map(dataset -> PackageDicts.of(dataset, organizations.get(dataset.id()), links))
                        .toList());
        result.put("search_facets", facets.searchFacets());
        return result;
    }

    private static List<String> facetFields(ActionParameters parameters) {
        List<String> fields = new ArrayList<>();
        parameters
                .json("facet.field")
                .filter(JsonNode::isArray)
                .ifPresent(list -> list.forEach(field -> fields.add(field.asText())));
        return fields;
    }
}
