package id.satudata.hub.catalog.ckan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code _links} of a {@code datastore_search} result as CKAN writes them: site-relative URLs of the same search
 * from the first page ({@code start}) and from the page after this one ({@code next}), with every other parameter
 * kept, JSON values (such as filters given in a POST body) written as JSON text, and all of it URL-encoded.
 */
final class DatastoreLinks {

    static final String PATH = "/api/3/action/datastore_search";

    private DatastoreLinks() {}

    static Map<String, String> of(ActionParameters parameters, int offset, int limit) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("start", search(parameters, null));
        links.put("next", search(parameters, offset + limit));
        return links;
    }

    private static String search(ActionParameters parameters, Integer offset) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        Map<String, String> values = new LinkedHashMap<>();
        parameters.all().forEach((name, value) -> {
            if (!name.equals("offset")) {
                String variable = "v" + values.size();
                uri.queryParam(name, "{" + variable + "}");
                values.put(variable, value.isTextual() ? value.asText() : value.toString());
            }
        });
        if (offset != null) {
            uri.queryParam("offset", offset);
        }
        return uri.encode().buildAndExpand(values).toUriString();
    }
}
