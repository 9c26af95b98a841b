package id.satudata.hub.connectors.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.connectors.config.SecretRef;
import id.satudata.hub.connectors.config.Secrets;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * OAuth 2.0 client credentials (RFC 6749 section 4.4): a token fetched from the token endpoint, cached across runs
 * until shortly before it expires, then fetched again; a 401 forgets it so that the request is retried once with a
 * new one. The client authenticates with HTTP basic, or in the form body for servers that want it there.
 */
final class OAuth2ClientCredentials implements Auth {

    /** Lifetime assumed when the token endpoint does not say ({@code expires_in}); a 401 ends it sooner. */
    private static final Duration UNSAID_LIFETIME = Duration.ofHours(1);
    /** At most this long before its expiry a token is renewed, so that it does not expire in flight. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Token(String value, Instant renewAt) {}

    private final URI tokenUrl;
    private final String clientId;
    private final SecretRef clientSecret;
    private final String scope;
    private final boolean credentialsInBody;
    private final Secrets secrets;
    private final RetryingHttp http;
    private final TimeSource time;
    private final Duration timeout;
    private Token token;

    OAuth2ClientCredentials(
            URI tokenUrl,
            String clientId,
            SecretRef clientSecret,
            String scope,
            boolean credentialsInBody,
            Secrets secrets,
            RetryingHttp http,
            TimeSource time,
            Duration timeout) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
        this.credentialsInBody = credentialsInBody;
        this.secrets = secrets;
        this.http = http;
        this.time = time;
        this.timeout = timeout;
    }

    @Override
    public void authorize(HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + currentToken());
    }

    @Override
    public synchronized boolean renew() {
        token = null;
        return true;
    }

    private synchronized String currentToken() {
        if (token == null || !time.now().isBefore(token.renewAt())) {
            token = fetch();
        }
        return token.value();
    }

    private Token fetch() {
        String body = http.send(this::tokenRequest).body();
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            throw RestSourceException.permanent("the token endpoint " + tokenUrl + " answered with no JSON");
        }
        String value = answer.path("access_token").asText("");
        if (value.isEmpty()) {
            throw RestSourceException.permanent("the token endpoint " + tokenUrl + " answered without access_token");
        }
        Duration lifetime = answer.path("expires_in").canConvertToLong()
                ? Duration.ofSeconds(answer.path("expires_in").asLong())
                : UNSAID_LIFETIME;
        Duration margin = lifetime.dividedBy(10).compareTo(MARGIN) < 0 ? lifetime.dividedBy(10) : MARGIN;
        return new Token(value, time.now().plus(lifetime).minus(margin));
    }

    private HttpRequest tokenRequest() {
        String secret = secrets.reveal(clientSecret);
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (scope != null) {
            form.append("&scope=").append(encode(scope));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (credentialsInBody) {
            form.append("&client_id=")
                    .append(encode(clientId))
                    .append("&client_secret=")
                    .append(encode(secret));
        } else {
            String pair = encode(clientId) + ":" + encode(secret); // RFC 6749 section 2.3.1: form-encoded first
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "OAuth2 client credentials of " + clientId + " from " + tokenUrl;
    }
}
