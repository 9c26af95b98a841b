package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.dcat.Agency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets of a {@code package_search}, in CKAN's two shapes: {@code facets} ({@code field -> value -> count}) and
 * {@code search_facets} ({@code field -> {title, items: [{name, display_name, count}]}}). Only {@code organization}
 * is counted; a field the hub does not facet on is answered with no values rather than refused.
 */
final class SearchFacets {

    private final List<String> fields;
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    SearchFacets(List<String> fields, List<DatasetEntry> matches, Map<String, Organization> organizations) {
        this.fields = fields;
        for (DatasetEntry dataset : matches) {
            Agency agency = organizations.get(dataset.id()).agency();
            agencies.putIfAbsent(agency.name(), agency);
            counts.merge(agency.name(), 1, Integer::sum);
        }
    }

    Map<String, Map<String, Integer>> facets() {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        fields.forEach(field -> facets.put(field, field.equals("organization") ? counts : Map.of()));
        return facets;
    }

    Map<String, Object> searchFacets() {
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        for (String field : fields) {
            List<Map<String, Object>> items = !field.equals("organization")
                    ? List.of()
                    : counts.entrySet().stream()
                            .map(count -> item(count.getKey(), count.getValue()))
                            .toList();
            Map<String, Object> facet = new LinkedHashMap<>();
            facet.put("title", field);
            facet.put("items", items);
            searchFacets.put(field, facet);
        }
        return searchFacets;
    }

    private Map<String, Object> item(String name, int count) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("count", count);
        item.put("display_name", agencies.get(name).title());
        item.put("name", name);
        return item;
    }
}
