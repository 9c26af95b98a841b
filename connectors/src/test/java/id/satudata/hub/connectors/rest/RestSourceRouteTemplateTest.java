package id.satudata.hub.connectors.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.RecordingSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RestSourceRouteTemplateTest {

    @RegisterExtension
    static final WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void shouldPollTheApiOnTheScheduleAsOneRunPerPoll() throws Exception {
        api.stubFor(get("/sekolah").willReturn(okJson("[{\"npsn\":\"1\"}]")));
        RecordingSink sink = new RecordingSink();
        RestSourceSettings settings =
                RestSourceSettings.from(RestSourceSettings.SPEC.parse(Map.of("url", api.baseUrl() + "/sekolah")));
        camel.addRoutes(new RestSourceRouteTemplate());
        camel.start();

        RestSourceRouteTemplate.addRoute(
                camel,
                "demo",
                Duration.ofMillis(100),
                settings,
                new Secrets(name -> null, Path.of(".")),
                sink,
                new RecordingHealth());

        assertThat(camel.getRoute("ingest-demo")).isNotNull();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sink.runs.size() >= 2);
        assertThat(sink.runs.values()).first().isEqualTo("SUCCEEDED");
    }
}
