package id.satudata.hub.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpRegistrySettingsTest {

    @Test
    void shouldDropATrailingSlashFromTheBaseUrl() {
        assertThat(HttpRegistrySettings.of("http://hub:8080/registry/").baseUrl())
                .hasToString("http://hub:8080/registry");
    }

    @Test
    void shouldKeepThePasswordOutOfItsText() {
        HttpRegistrySettings settings =
                HttpRegistrySettings.of("http://hub:8080/registry").withBasicAuth("walidata:rahasia");

        assertThat(settings.toString())
                .doesNotContain("rahasia")
                .doesNotContain("walidata")
                .contains("****");
    }

    @Test
    void shouldRejectCredentialsInTheUrlWhereLogsWouldShowThem() {
        assertThatThrownBy(() -> HttpRegistrySettings.of("http://walidata:rahasia@hub:8080/registry"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("rahasia");
    }

    @Test
    void shouldRejectWhatIsNotAUsableSetting() {
        assertThatThrownBy(() -> HttpRegistrySettings.of("hub:8080/registry"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpRegistrySettings.of("http://hub/registry").withBasicAuth("no-colon"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpRegistrySettings.of("http://hub/registry")
                        .withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
