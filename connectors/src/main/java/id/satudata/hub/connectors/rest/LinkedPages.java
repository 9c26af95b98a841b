package id.satudata.hub.connectors.rest;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Pages chained by the URL of the next one: in the body at a JSONPath ({@code $.links.next}), or in an RFC 8288
 * {@code Link} header with {@code rel="next"}. A relative link is resolved against the page's URL; credentials the
 * API echoes in the link are removed, since the link is committed as the position. The data ends at a page without
 * a link.
 */
final class LinkedPages implements Pagination {

    private final Function<Page, Optional<String>> link;
    private final Set<String> credentialParams;

    private LinkedPages(Function<Page, Optional<String>> link, Set<String> credentialParams) {
        this.link = link;
        this.credentialParams = Set.copyOf(credentialParams);
    }

    static LinkedPages inBody(JsonPath nextPath, Set<String> credentialParams) {
        return new LinkedPages(page -> PageReader.text(page.body(), nextPath), credentialParams);
    }

    static LinkedPages inLinkHeader(Set<String> credentialParams) {
        return new LinkedPages(page -> LinkHeader.next(page.headers().allValues("Link")), credentialParams);
    }

    @Override
    public URI uri(URI first, String pointer) {
        return pointer == null ? first : URI.create(pointer);
    }

    @Override
    public Optional<String> next(String pointer, Page page) {
        return link.apply(page).map(target -> {
            try {
                return SafeUrl.withoutParams(page.uri().resolve(target.trim()), credentialParams)
                        .toString();
            } catch (IllegalArgumentException e) {
                throw RestSourceException.permanent(
                        "page " + page.description() + " links to a next page that is not a URL: " + e.getMessage());
            }
        });
    }
}
