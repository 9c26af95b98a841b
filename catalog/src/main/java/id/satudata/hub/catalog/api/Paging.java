package id.satudata.hub.catalog.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The paging conventions shared by every listing of the native API. */
public final class Paging {

    public static final int MAX_LIMIT = 1000;

    private Paging() {}

    public static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(ApiErrorCode.INVALID_PARAMETER, "limit must be between 1 and " + MAX_LIMIT)
                    .with("parameter", "limit")
                    .with("value", String.valueOf(limit));
        }
        return limit;
    }

    /**
     * A 200 response with the page, and when a following page exists an RFC 8288 {@code Link: <...>; rel="next"}
     * header: the current request with {@code cursorParameter} set to {@code cursor}.
     */
    public static <T> ResponseEntity<T> page(T body, String cursorParameter, String cursor) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (cursor != null) {
            String link = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam(cursorParameter, cursor)
                    .build()
                    .toUriString();
            response.header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
        }
        return response.body(body);
    }
}
