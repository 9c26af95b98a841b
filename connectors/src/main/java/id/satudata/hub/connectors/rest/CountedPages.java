package id.satudata.hub.connectors.rest;

import java.net.URI;
import java.util.Optional;

/**
 * Pages counted in a query parameter: a page number ({@code ?page=3}, one more per page) or an offset
 * ({@code ?offset=200&limit=100}, as many more as the page had records). The data ends at an empty page, or at a
 * short page when the page size is sent, since the API then promises full pages until the last.
 *
 * @param param the page number's or offset's query parameter
 * @param start the first page's number or offset
 * @param sizeParam the page size's query parameter, or {@code null} when the API's own page size is used
 * @param size the page size sent in {@code sizeParam}
 * @param byRecords whether the count advances by the records read (offset) rather than by one (page number)
 */
record CountedPages(String param, long start, String sizeParam, int size, boolean byRecords) implements Pagination {

    static CountedPages pageNumbers(String param, long start, String sizeParam, int size) {
        return new CountedPages(param, start, sizeParam, size, false);
    }

    static CountedPages offsets(String param, String sizeParam, int size) {
        return new CountedPages(param, 0, sizeParam, size, true);
    }

    @Override
    public URI uri(URI first, String pointer) {
        URI page = SafeUrl.withParam(first, param, pointer == null ? String.valueOf(start) : pointer);
        return sizeParam == null ? page : SafeUrl.withParam(page, sizeParam, String.valueOf(size));
    }

    @Override
    public Optional<String> next(String pointer, Page page) {
        int read = page.records().size();
        if (sizeParam != null && read < size) {
            return Optional.empty();
        }
        long current = pointer == null ? start : Long.parseLong(pointer);
        return Optional.of(String.valueOf(current + (byRecords ? read : 1)));
    }
}
