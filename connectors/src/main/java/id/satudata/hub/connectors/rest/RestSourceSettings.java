package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.config.InvalidSettingsException;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingProblem;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Settings of a {@code rest} source: an agency's web API, polled on the pipeline's schedule.
 *
 * @param url the first page's URL, with any fixed query parameters
 * @param records where each page's records are: a JSONPath to a list of objects
 * @param flatten whether nested objects become dotted names ({@code flatten}) or stay JSON text ({@code json})
 * @param watermarkField the record field whose highest value is committed and sent on the next run, or
 *     {@code null} to read everything on every run
 * @param watermarkParam the query parameter that sends the watermark
 * @param timeout how long one request may take before it is retried
 * @param rateLimit requests per second at most, retries and token requests included; 0 for no limit
 * @param retries how often a request failing in a retriable way is tried again before the run fails
 * @param retryBackoff the first wait before a retry, doubled per retry (with jitter)
 * @param retryMaxBackoff the longest wait before a retry, unless the API asks for longer in Retry-After
 */
public record RestSourceSettings(
        URI url,
        String records,
        boolean flatten,
        RestPagingSettings paging,
        String watermarkField,
        String watermarkParam,
        Duration timeout,
        double rateLimit,
        int retries,
        Duration retryBackoff,
        Duration retryMaxBackoff,
        RestAuthSettings auth) {

    public static final Setting<URI> URL =
            RestSettingTypes.url("url").required().doc("The first page's URL.");
    public static final Setting<String> RECORDS = RestSettingTypes.jsonPath("records")
            .withDefault("$")
            .doc("A JSONPath to the list of records in each page, e.g. $.data; $ when the page is the list.");
    public static final Setting<String> NESTED = Setting.choice("nested", "flatten", "json")
            .withDefault("flatten")
            .doc("Nested objects as dotted field names (flatten: alamat.kota) or as JSON text (json).");
    public static final Setting<String> WATERMARK_FIELD =
            Setting.string("watermark-field").doc("The record field whose highest value the next run sends.");
    public static final Setting<String> WATERMARK_PARAM =
            Setting.string("watermark-param").doc("The query parameter that sends the watermark.");
    public static final Setting<Duration> TIMEOUT = Setting.duration("timeout")
            .withDefault(Duration.ofSeconds(30))
            .validatedBy(SettingValidator.positive())
            .doc("How long one request may take.");
    public static final Setting<Double> RATE_LIMIT =
            RestSettingTypes.rate("rate-limit").withDefault(5.0).doc("Requests per second at most; 0 for no limit.");
    public static final Setting<Integer> RETRIES = Setting.integer("retries")
            .withDefault(5)
            .validatedBy(SettingValidator.between(0, 100))
            .doc("Retries of a request failing with a network error, timeout, 429 or 5xx.");
    public static final Setting<Duration> RETRY_BACKOFF = Setting.duration("retry-backoff")
            .withDefault(Duration.ofSeconds(1))
            .validatedBy(SettingValidator.positive())
            .doc("The first wait before a retry, doubled per retry, with jitter.");
    public static final Setting<Duration> RETRY_MAX_BACKOFF = Setting.duration("retry-max-backoff")
            .withDefault(Duration.ofMinutes(1))
            .validatedBy(SettingValidator.positive())
            .doc("The longest wait before a retry, unless the API asks for longer in Retry-After.");

    private static final List<Setting<?>> OWN = List.of(
            URL,
            RECORDS,
            NESTED,
            WATERMARK_FIELD,
            WATERMARK_PARAM,
            TIMEOUT,
            RATE_LIMIT,
            RETRIES,
            RETRY_BACKOFF,
            RETRY_MAX_BACKOFF);

    public static final SettingsSpec SPEC =
            SettingsSpec.of(Stream.of(OWN, RestPagingSettings.SETTINGS, RestAuthSettings.SETTINGS)
                    .flatMap(List::stream)
                    .toArray(Setting<?>[]::new));

    /**
     * The settings of valid parsed values.
     *
     * @throws InvalidSettingsException with every setting that does not fit the others, such as a cursor-path
     *     without pagination: cursor
     */
    public static RestSourceSettings from(ParsedSettings parsed) {
        List<SettingProblem> problems = new ArrayList<>();
        RestPagingSettings paging = RestPagingSettings.from(parsed, problems);
        RestAuthSettings auth = RestAuthSettings.from(parsed, problems);
        if ((parsed.get(WATERMARK_FIELD) == null) != (parsed.get(WATERMARK_PARAM) == null)) {
            problems.add(new SettingProblem(
                    parsed.get(WATERMARK_FIELD) == null ? WATERMARK_FIELD.name() : WATERMARK_PARAM.name(),
                    "is missing; watermark-field and watermark-param go together"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new RestSourceSettings(
                parsed.get(URL),
                parsed.get(RECORDS),
                parsed.get(NESTED).equals("flatten"),
                paging,
                parsed.get(WATERMARK_FIELD),
                parsed.get(WATERMARK_PARAM),
                parsed.get(TIMEOUT),
                parsed.get(RATE_LIMIT),
                parsed.get(RETRIES),
                parsed.get(RETRY_BACKOFF),
                parsed.get(RETRY_MAX_BACKOFF),
                auth);
    }
}
