package id.satudata.hub.schemas.registry;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Base64;
import java.util.function.Function;

/**
 * One HTTP exchange with a Confluent-compatible registry, and every way it can fail as a {@link RegistryException}:
 * the registry's own error body as it is, anything else with one of the client-side codes that
 * {@link HttpSchemaRegistryClient} documents and a message that names the call, so a log line says which registry
 * misbehaved. Thread-safe: {@link HttpClient} is.
 */
final class RegistryTransport {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    /** The preference of Confluent's own clients: the versioned type, then the unversioned one, then plain JSON. */
    static final String ACCEPT = CONTENT_TYPE + ", application/vnd.schemaregistry+json;q=0.9, application/json;q=0.5";

    private static final int EXCERPT_LENGTH = 200;

    private final HttpRegistrySettings settings;
    private final HttpClient http;
    private final String authorization;

    RegistryTransport(HttpRegistrySettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
        this.authorization = settings.basicAuthUserInfo() == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString(settings.basicAuthUserInfo().getBytes(UTF_8));
    }

    /** GETs {@code path} (below the base URL, already encoded) and reads the JSON answer with {@code reader}. */
    <T> T get(String path, Function<JsonNode, T> reader) {
        return exchange(path, null, reader);
    }

    /** POSTs the JSON {@code body} to {@code path} and reads the JSON answer with {@code reader}. */
    <T> T post(String path, String body, Function<JsonNode, T> reader) {
        return exchange(path, body, reader);
    }

    private <T> T exchange(String path, String body, Function<JsonNode, T> reader) {
        URI url = URI.create(settings.baseUrl() + path);
        String call = (body == null ? "GET " : "POST ") + url;
        HttpResponse<String> response = send(call, request(url, body));
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw refusal(call, status, response.body());
        }
        try {
            return reader.apply(RegistryJson.parse(response.body()));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            String reason = unreadable instanceof JsonProcessingException json
                    ? "not JSON: " + json.getOriginalMessage()
                    : unreadable.getMessage();
            throw new RegistryException(
                    status,
                    HttpSchemaRegistryClient.UNREADABLE_ANSWER,
                    call + " answered " + status + " with a body a registry does not answer (" + reason + "): "
                            + excerpt(response.body()),
                    unreadable);
        }
    }

    private HttpRequest request(URI url, String body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url).timeout(settings.requestTimeout()).header("Accept", ACCEPT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return body == null
                ? request.GET().build()
                : request.header("Content-Type", CONTENT_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
                        .build();
    }

    private HttpResponse<String> send(String call, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (HttpTimeoutException slow) {
            throw new RegistryException(
                    504,
                    HttpSchemaRegistryClient.TIMED_OUT,
                    call + " timed out (" + slow.getMessage() + "; connect timeout " + settings.connectTimeout()
                            + ", request timeout " + settings.requestTimeout() + ")",
                    slow);
        } catch (IOException failure) {
            throw new RegistryException(
                    503, HttpSchemaRegistryClient.UNREACHABLE, call + " failed: " + describe(failure), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RegistryException(
                    503, HttpSchemaRegistryClient.UNREACHABLE, call + " was interrupted", interrupted);
        }
    }

    /** The registry's {@code {"error_code", "message"}} as it is; any other refusal with the call and its body. */
    private static RegistryException refusal(String call, int status, String body) {
        try {
            JsonNode error = RegistryJson.parse(body);
            if (error.path("error_code").isIntegralNumber()) {
                String message = error.path("message").asText("");
                return new RegistryException(
                        status,
                        error.get("error_code").intValue(),
                        message.isEmpty() ? call + " answered " + status : message);
            }
        } catch (JsonProcessingException notJson) {
            // not a registry's error body: reported below with what came instead
        }
        return new RegistryException(
                status,
                HttpSchemaRegistryClient.UNREADABLE_ANSWER,
                call + " answered " + status + " without a registry error body: " + excerpt(body));
    }

    private static String describe(IOException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String excerpt(String body) {
        if (body == null || body.isEmpty()) {
            return "(empty)";
        }
        return body.length() <= EXCERPT_LENGTH ? body : body.substring(0, EXCERPT_LENGTH) + "...";
    }
}
