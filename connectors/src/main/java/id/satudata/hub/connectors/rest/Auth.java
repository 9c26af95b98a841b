package id.satudata.hub.connectors.rest;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * How requests to an agency's API prove who is asking. Implementations read their secrets when they use them and
 * never put them in a message or {@code toString}. Thread-safe.
 */
interface Auth {

    /** No credentials: an open API. */
    Auth NONE = new Auth() {
        @Override
        public void authorize(HttpRequest.Builder request) {}

        @Override
        public String toString() {
            return "no auth";
        }
    };

    /** The URI to request, with a credential that travels in the query added. */
    default URI uri(URI uri) {
        return uri;
    }

    /** Adds the credential headers to a request, fetching a token first when there is none. */
    void authorize(HttpRequest.Builder request);

    /**
     * After a 401: forgets a cached credential so that the next request fetches a new one, and says whether that
     * is worth a second request. Static credentials say no: the same key would be refused again.
     */
    default boolean renew() {
        return false;
    }
}
