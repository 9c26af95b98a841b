package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.config.SecretRef;
import id.satudata.hub.connectors.config.Secrets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;

/** Credentials that stay the same from request to request: an API key (header or query), basic, or bearer. */
final class StaticAuth implements Auth {

    private final String description;
    private final String header;
    private final UnaryOperator<String> headerValue;
    private final String queryParam;
    private final SecretRef secret;
    private final Secrets secrets;

    private StaticAuth(
            String description,
            String header,
            UnaryOperator<String> headerValue,
            String queryParam,
            SecretRef secret,
            Secrets secrets) {
        this.description = description;
        this.header = header;
        this.headerValue = headerValue;
        this.queryParam = queryParam;
        this.secret = secret;
        this.secrets = secrets;
    }

    static Auth apiKeyHeader(String header, SecretRef key, Secrets secrets) {
        return new StaticAuth("API key in header " + header, header, UnaryOperator.identity(), null, key, secrets);
    }

    static Auth apiKeyQuery(String param, SecretRef key, Secrets secrets) {
        return new StaticAuth("API key in query parameter " + param, null, null, param, key, secrets);
    }

    static Auth bearer(SecretRef token, Secrets secrets) {
        return new StaticAuth("bearer token", "Authorization", value -> "Bearer " + value, null, token, secrets);
    }

    static Auth basic(String username, SecretRef password, Secrets secrets) {
        UnaryOperator<String> credentials = value -> "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + value).getBytes(StandardCharsets.UTF_8));
        return new StaticAuth("basic auth as " + username, "Authorization", credentials, null, password, secrets);
    }

    @Override
    public URI uri(URI uri) {
        return queryParam == null ? uri : SafeUrl.withParam(uri, queryParam, secrets.reveal(secret));
    }

    @Override
    public void authorize(HttpRequest.Builder request) {
        if (header != null) {
            request.header(header, headerValue.apply(secrets.reveal(secret)));
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
