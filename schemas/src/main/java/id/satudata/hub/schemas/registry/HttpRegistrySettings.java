package id.satudata.hub.schemas.registry;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how {@link HttpSchemaRegistryClient} reaches a Confluent-compatible registry.
 *
 * @param baseUrl the registry's root, e.g. {@code http://hub:8080/registry}; a trailing slash is dropped
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for each answer once connected
 * @param basicAuthUserInfo {@code user:password} for HTTP basic authentication, as Confluent's
 *     {@code basic.auth.user.info}; {@code null} for none. Never part of {@link #toString()}, so it stays out of logs
 */
public record HttpRegistrySettings(
        URI baseUrl, Duration connectTimeout, Duration requestTimeout, String basicAuthUserInfo) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public HttpRegistrySettings {
        String url = baseUrl.toString();
        if (!baseUrl.isAbsolute() || !url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("Registry URL must be an absolute http(s) URL: " + url);
        }
        if (baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Registry URL must not carry credentials: give them as basic auth");
        }
        baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        requirePositive("connect timeout", connectTimeout);
        requirePositive("request timeout", requestTimeout);
        if (basicAuthUserInfo != null && basicAuthUserInfo.indexOf(':') < 0) {
            throw new IllegalArgumentException("Basic auth user info must be user:password");
        }
    }

    /** The registry at {@code baseUrl}, with the default timeouts and no authentication. */
    public static HttpRegistrySettings of(String baseUrl) {
        return new HttpRegistrySettings(URI.create(baseUrl), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, null);
    }

    public HttpRegistrySettings withTimeouts(Duration connect, Duration request) {
        return new HttpRegistrySettings(baseUrl, connect, request, basicAuthUserInfo);
    }

    /** These settings with basic authentication as {@code user:password}. */
    public HttpRegistrySettings withBasicAuth(String userInfo) {
        return new HttpRegistrySettings(baseUrl, connectTimeout, requestTimeout, userInfo);
    }

    private static void requirePositive(String name, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Registry " + name + " must be positive: " + timeout);
        }
    }

    @Override
    public String toString() {
        return "HttpRegistrySettings[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", requestTimeout="
                + requestTimeout + ", basicAuth=" + (basicAuthUserInfo == null ? "none" : "****") + "]";
    }
}
