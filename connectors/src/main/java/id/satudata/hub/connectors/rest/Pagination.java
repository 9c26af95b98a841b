package id.satudata.hub.connectors.rest;

import java.net.URI;
import java.util.Optional;

/**
 * How an API splits its data into pages. A page is named by a pointer (a page number, an offset, a cursor token or
 * a URL) that the source commits with the page before it, so that a run resumes at the page after the last one
 * committed. Implementations are immutable and thread-safe.
 */
interface Pagination {

    /** One page holds all the data. */
    Pagination SINGLE_PAGE = new Pagination() {
        @Override
        public URI uri(URI first, String pointer) {
            return first;
        }

        @Override
        public Optional<String> next(String pointer, Page page) {
            return Optional.empty();
        }
    };

    /** The URI of the page a pointer names; a {@code null} pointer names the first page. */
    URI uri(URI first, String pointer);

    /** The pointer of the page after this non-empty one, or empty when this one is the last. */
    Optional<String> next(String pointer, Page page);
}
