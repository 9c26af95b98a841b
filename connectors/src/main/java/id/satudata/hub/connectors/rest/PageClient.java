package id.satudata.hub.connectors.rest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * GETs pages with the source's credentials: a 401 makes a credential that can be renewed (an OAuth2 token) be
 * fetched again and the page requested once more; a second 401, or one for a static credential, fails at once.
 */
final class PageClient {

    private final RetryingHttp http;
    private final Auth auth;
    private final Duration timeout;

    PageClient(RetryingHttp http, Auth auth, Duration timeout) {
        this.http = http;
        this.auth = auth;
        this.timeout = timeout;
    }

    HttpResponse<String> get(URI uri) {
        try {
            return http.send(() -> request(uri));
        } catch (RestSourceException e) {
            if (e.status() != 401 || !auth.renew()) {
                throw e;
            }
        }
        try {
            return http.send(() -> request(uri));
        } catch (RestSourceException e) {
            throw e.status() == 401
                    ? RestSourceException.rejected(e.getMessage() + " with a newly fetched token too", 401)
                    : e;
        }
    }

    /** The URI as messages show it. */
    String describe(URI uri) {
        return http.describe(uri);
    }

    private HttpRequest request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(auth.uri(uri))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        auth.authorize(request);
        return request.build();
    }
}
