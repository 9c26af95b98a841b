package id.satudata.hub.connectors.rest;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingProblem;
import id.satudata.hub.connectors.config.SettingType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The setting types and checks that REST sources need beyond the built-in ones. */
final class RestSettingTypes {

    private RestSettingTypes() {}

    /** An absolute http(s) URL without credentials in it, since the URL is shown in the pipeline's status. */
    static Setting<URI> url(String name) {
        return Setting.of(name, SettingType.scalar("an http or https URL", raw -> {
            URI uri;
            try {
                uri = new URI(String.valueOf(raw).trim());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("must be an http or https URL: " + e.getReason());
            }
            if (uri.getScheme() == null
                    || !Set.of("http", "https").contains(uri.getScheme().toLowerCase())) {
                throw new IllegalArgumentException("must be an http or https URL, was '" + raw + "'");
            }
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(
                        "must not carry a user or password (they would show in the pipeline's status); use auth");
            }
            return uri;
        }));
    }

    /** A JSONPath such as {@code $.data} or {@code $.meta.next}. */
    static Setting<String> jsonPath(String name) {
        return Setting.of(name, SettingType.scalar("a JSONPath such as $.data", raw -> {
            String path = String.valueOf(raw).trim();
            try {
                JsonPath.compile(path);
            } catch (InvalidPathException | IllegalArgumentException e) {
                throw new IllegalArgumentException("must be a JSONPath such as $.data: " + e.getMessage());
            }
            return path;
        }));
    }

    /** A number of requests per second such as 5 or 0.5; 0 for no limit. */
    static Setting<Double> rate(String name) {
        return Setting.of(name, SettingType.scalar("a number of requests per second such as 5 or 0.5", raw -> {
            try {
                BigDecimal rate = new BigDecimal(String.valueOf(raw).trim());
                if (rate.signum() < 0) {
                    throw new IllegalArgumentException("must be 0 (no limit) or more, was " + raw);
                }
                return rate.doubleValue();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number of requests per second, was '" + raw + "'");
            }
        }));
    }

    /**
     * Problems of settings declared for another choice, such as {@code cursor-path} with {@code pagination: page},
     * and of settings a choice requires but that are missing.
     */
    static void checkChoice(
            ParsedSettings parsed,
            Setting<String> choice,
            Map<Setting<?>, Set<String>> appliesTo,
            Map<String, List<Setting<?>>> requires,
            List<SettingProblem> problems) {
        String chosen = parsed.get(choice);
        appliesTo.keySet().stream().sorted(Comparator.comparing(Setting::name)).forEach(setting -> {
            Set<String> choices = appliesTo.get(setting);
            if (parsed.get(setting) != null && !choices.contains(chosen)) {
                problems.add(new SettingProblem(
                        setting.name(),
                        "applies only to " + choice.name() + ": "
                                + String.join(" or ", choices.stream().sorted().toList()) + ", not " + chosen));
            }
        });
        for (Setting<?> required : requires.getOrDefault(chosen, List.of())) {
            if (parsed.get(required) == null) {
                problems.add(new SettingProblem(
                        required.name(),
                        "is missing; " + choice.name() + ": " + chosen + " needs it ("
                                + required.type().describe() + ")"));
            }
        }
    }
}
