package id.satudata.hub.connectors.rest;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.Optional;

/**
 * Pages chained by a cursor token that each page's body carries (at a JSONPath, e.g. {@code $.meta.next_cursor})
 * and that the next request sends in a query parameter; the data ends at a page without a token.
 */
record CursorPages(JsonPath cursorPath, String param) implements Pagination {

    @Override
    public URI uri(URI first, String pointer) {
        return pointer == null ? first : SafeUrl.withParam(first, param, pointer);
    }

    @Override
    public Optional<String> next(String pointer, Page page) {
        return PageReader.text(page.body(), cursorPath);
    }
}
