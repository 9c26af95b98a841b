package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SecretRef;
import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingProblem;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How a REST source proves who is asking, from the {@code auth} settings. Every secret is a {@link SecretRef}, so
 * that the pipeline file and its status show only where the secret is kept.
 *
 * @param kind {@code none}, {@code api-key}, {@code basic}, {@code bearer} or {@code oauth2}
 */
public record RestAuthSettings(
        String kind,
        SecretRef apiKey,
        String apiKeyHeader,
        String apiKeyParam,
        String username,
        SecretRef password,
        SecretRef token,
        URI tokenUrl,
        String clientId,
        SecretRef clientSecret,
        String scope,
        String clientAuth) {

    public static final Setting<String> AUTH = Setting.choice("auth", "none", "api-key", "basic", "bearer", "oauth2")
            .withDefault("none")
            .doc("How requests prove who is asking.");
    public static final Setting<SecretRef> API_KEY =
            SecretRef.setting("api-key").doc("The API key.");
    public static final Setting<String> API_KEY_HEADER =
            Setting.string("api-key-header").doc("The header that carries the API key, e.g. X-API-Key.");
    public static final Setting<String> API_KEY_PARAM =
            Setting.string("api-key-param").doc("The query parameter that carries the API key, e.g. api_key.");
    public static final Setting<String> USERNAME = Setting.string("username").doc("The basic auth user.");
    public static final Setting<SecretRef> PASSWORD =
            SecretRef.setting("password").doc("The basic auth password.");
    public static final Setting<SecretRef> TOKEN = SecretRef.setting("token").doc("The bearer token.");
    public static final Setting<URI> TOKEN_URL =
            RestSettingTypes.url("token-url").doc("The OAuth2 token endpoint.");
    public static final Setting<String> CLIENT_ID = Setting.string("client-id").doc("The OAuth2 client id.");
    public static final Setting<SecretRef> CLIENT_SECRET =
            SecretRef.setting("client-secret").doc("The OAuth2 client secret.");
    public static final Setting<String> SCOPE = Setting.string("scope").doc("The OAuth2 scope asked for, if any.");
    public static final Setting<String> CLIENT_AUTH = Setting.choice("client-auth", "basic", "body")
            .doc("How the OAuth2 client authenticates to the token endpoint: HTTP basic (default) or in the body.");

    static final List<Setting<?>> SETTINGS = List.of(
            AUTH,
            API_KEY,
            API_KEY_HEADER,
            API_KEY_PARAM,
            USERNAME,
            PASSWORD,
            TOKEN,
            TOKEN_URL,
            CLIENT_ID,
            CLIENT_SECRET,
            SCOPE,
            CLIENT_AUTH);

    private static final Map<Setting<?>, Set<String>> APPLIES_TO = Map.ofEntries(
            Map.entry(API_KEY, Set.of("api-key")),
            Map.entry(API_KEY_HEADER, Set.of("api-key")),
            Map.entry(API_KEY_PARAM, Set.of("api-key")),
            Map.entry(USERNAME, Set.of("basic")),
            Map.entry(PASSWORD, Set.of("basic")),
            Map.entry(TOKEN, Set.of("bearer")),
            Map.entry(TOKEN_URL, Set.of("oauth2")),
            Map.entry(CLIENT_ID, Set.of("oauth2")),
            Map.entry(CLIENT_SECRET, Set.of("oauth2")),
            Map.entry(SCOPE, Set.of("oauth2")),
            Map.entry(CLIENT_AUTH, Set.of("oauth2")));
    private static final Map<String, List<Setting<?>>> REQUIRES = Map.of(
            "api-key", List.of(API_KEY),
            "basic", List.of(USERNAME, PASSWORD),
            "bearer", List.of(TOKEN),
            "oauth2", List.of(TOKEN_URL, CLIENT_ID, CLIENT_SECRET));

    static RestAuthSettings from(ParsedSettings parsed, List<SettingProblem> problems) {
        RestSettingTypes.checkChoice(parsed, AUTH, APPLIES_TO, REQUIRES, problems);
        String kind = parsed.get(AUTH);
        if (kind.equals("api-key") && (parsed.get(API_KEY_HEADER) == null) == (parsed.get(API_KEY_PARAM) == null)) {
            problems.add(new SettingProblem(
                    "api-key-header", "auth: api-key needs either api-key-header or api-key-param, not both"));
        }
        return new RestAuthSettings(
                kind,
                parsed.get(API_KEY),
                parsed.get(API_KEY_HEADER),
                parsed.get(API_KEY_PARAM),
                parsed.get(USERNAME),
                parsed.get(PASSWORD),
                parsed.get(TOKEN),
                parsed.get(TOKEN_URL),
                parsed.get(CLIENT_ID),
                parsed.get(CLIENT_SECRET),
                parsed.get(SCOPE),
                Objects.requireNonNullElse(parsed.get(CLIENT_AUTH), "basic"));
    }

    /** The secrets this auth uses, so that their values can be masked in any message. */
    List<SecretRef> secrets() {
        return Stream.of(apiKey, password, token, clientSecret)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Query parameters that carry a credential: hidden in messages, dropped from committed links. */
    Set<String> credentialParams() {
        return apiKeyParam == null ? Set.of() : Set.of(apiKeyParam);
    }

    Auth auth(Secrets secrets, RetryingHttp http, TimeSource time, Duration timeout) {
        return switch (kind) {
            case "api-key" -> apiKeyHeader != null
                    ? StaticAuth.apiKeyHeader(apiKeyHeader, apiKey, secrets)
                    : StaticAuth.apiKeyQuery(apiKeyParam, apiKey, secrets);
            case "basic" -> StaticAuth.basic(username, password, secrets);
            case "bearer" -> StaticAuth.bearer(token, secrets);
            case "oauth2" -> new OAuth2ClientCredentials(
                    tokenUrl, clientId, clientSecret, scope, clientAuth.equals("body"), secrets, http, time, timeout);
            default -> Auth.NONE;
        };
    }
}
