package id.satudata.hub.connectors.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.config.InvalidSettingsException;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SecretRef;
import id.satudata.hub.connectors.config.SettingProblem;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestSourceSettingsTest {

    @Test
    void shouldApplyDefaultsToAMinimalSource() {
        RestSourceSettings settings =
                RestSourceSettings.from(RestSourceSettings.SPEC.parse(Map.of("url", "https://api.example.go.id/x")));

        assertThat(settings.url()).isEqualTo(URI.create("https://api.example.go.id/x"));
        assertThat(settings.records()).isEqualTo("$");
        assertThat(settings.flatten()).isTrue();
        assertThat(settings.paging().style()).isEqualTo("none");
        assertThat(settings.auth().kind()).isEqualTo("none");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.rateLimit()).isEqualTo(5.0);
        assertThat(settings.retries()).isEqualTo(5);
    }

    @Test
    void shouldDefaultTheParametersOfEachPagingStyle() {
        RestPagingSettings offset = RestSourceSettings.from(
                        RestSourceSettings.SPEC.parse(Map.of("url", "http://a/x", "pagination", "offset")))
                .paging();
        RestPagingSettings page = RestSourceSettings.from(
                        RestSourceSettings.SPEC.parse(Map.of("url", "http://a/x", "pagination", "page")))
                .paging();

        assertThat(offset).isEqualTo(new RestPagingSettings("offset", "offset", 1, "limit", 100, "cursor", null, null));
        assertThat(page).isEqualTo(new RestPagingSettings("page", "page", 1, null, 100, "cursor", null, null));
    }

    @Test
    void shouldReadOAuth2Settings() {
        RestAuthSettings auth = RestSourceSettings.from(RestSourceSettings.SPEC.parse(Map.of(
                        "url", "https://a/x",
                        "auth", "oauth2",
                        "token-url", "https://sso.example.go.id/token",
                        "client-id", "hub",
                        "client-secret", "${file:/run/secrets/hub}")))
                .auth();

        assertThat(auth.clientSecret()).isEqualTo(new SecretRef("file", "/run/secrets/hub"));
        assertThat(auth.clientAuth()).isEqualTo("basic");
    }

    @Test
    void shouldReportEveryMistakeOfTheSettingsThemselves() {
        ParsedSettings parsed = RestSourceSettings.SPEC.parse(Map.of(
                "url", "ftp://a/x",
                "records", "$.[",
                "pagination", "pages",
                "rate-limit", "fast",
                "timout", "5s",
                "token", "plain-secret-value"));

        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .containsExactly("timout", "url", "records", "rate-limit", "pagination", "token");
        assertThat(parsed.problems().get(0).message()).startsWith("unknown setting; did you mean 'timeout'?");
        assertThat(parsed.problems()).extracting(SettingProblem::message).noneMatch(m -> m.contains("plain-secret"));
    }

    @Test
    void shouldReportEverySettingThatDoesNotFitTheOthers() {
        ParsedSettings parsed = RestSourceSettings.SPEC.parse(Map.of(
                "url", "https://a/x",
                "pagination", "cursor",
                "next-path", "$.next",
                "auth", "api-key",
                "api-key", "${env:KEY}",
                "token", "${env:TOKEN}",
                "watermark-field", "updated_at"));

        assertThatThrownBy(() -> RestSourceSettings.from(parsed))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                new SettingProblem("next-path", "applies only to pagination: next-link, not cursor"),
                                new SettingProblem(
                                        "cursor-path",
                                        "is missing; pagination: cursor needs it (a JSONPath such as $.data)"),
                                new SettingProblem("token", "applies only to auth: bearer, not api-key"),
                                new SettingProblem(
                                        "api-key-header",
                                        "auth: api-key needs either api-key-header or api-key-param, not both"),
                                new SettingProblem(
                                        "watermark-param",
                                        "is missing; watermark-field and watermark-param go together")));
    }

    @Test
    void shouldRefuseAUrlCarryingAPassword() {
        assertThat(RestSourceSettings.SPEC
                        .parse(Map.of("url", "https://user:pw@a/x"))
                        .problems())
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.message()).doesNotContain("pw").contains("use auth"));
    }
}
