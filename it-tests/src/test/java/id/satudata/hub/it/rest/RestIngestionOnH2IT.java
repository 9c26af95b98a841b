package id.satudata.hub.it.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHubTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A REST pipeline through the running hub, against WireMock as a Dinas Pendidikan API: pages of schools behind an
 * API key from the hub's secrets directory. The second page is malformed at first: the run fails with the page's
 * URL, the first page stays stored, and once the API is fixed the next run resumes at the second page, never
 * asking for the first again until the watermark poll. The key shows nowhere: not in runs, state or log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestIngestionOnH2IT extends RunningHubTest {

    @RegisterExtension
    static final WireMockExtension agency = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            // the hub polls from its start, before the test: the API is stubbed with the config, and kept
            .resetOnEachTest(false)
            .build();

    private static final String PIPELINE = "sekolah-api";
    private static final String DATASET = "sekolah-jabar";
    private static final String API_KEY = "kunci-rahasia-disdik-7Q";

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }

    @Override
    protected Path configDir(Path dataDir) {
        try {
            Path config = dataDir.resolve("config");
            Files.createDirectories(config.resolve("datasets"));
            Files.createDirectories(config.resolve("pipelines"));
            Files.createDirectories(dataDir.resolve("secrets"));
            Files.writeString(dataDir.resolve("secrets/disdik-key"), API_KEY + "\n");
            Files.writeString(config.resolve("datasets/" + DATASET + ".avsc"), RestApiFixtures.SCHEMA);
            Files.writeString(config.resolve("datasets/" + DATASET + ".yaml"), RestApiFixtures.DATASET);
            Files.writeString(
                    config.resolve("pipelines/" + PIPELINE + ".yaml"),
                    RestApiFixtures.PIPELINE.replace("<api>", agency.baseUrl()));
            agency.stubFor(page("1")
                    .withQueryParam("updated_since", absent())
                    .willReturn(okJson(RestApiFixtures.page("20100001", "20100002"))));
            agency.stubFor(page("2").willReturn(okJson("{\"data\": [{\"npsn\": \"20100003\",")));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MappingBuilder page(String number) {
        return get(urlPathEqualTo("/api/sekolah"))
                .withHeader("X-API-Key", equalTo(API_KEY))
                .withQueryParam("page", equalTo(number))
                .withQueryParam("per_page", equalTo("2"));
    }

    @Test
    void shouldStoreEveryPageFailAtTheMalformedOneAndResumeThereOnceItIsFixed(CapturedOutput output) {
        PipelineRun failed = awaitRun("FAILED");
        assertThat(failed.message())
                .startsWith("page " + agency.baseUrl() + "/api/sekolah?page=2&per_page=2 is not valid JSON: ");
        assertThat(failed.counts()).isEqualTo(new PipelineRun.Counts(2, 2, 0, 0, 0));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api().pipeline(PIPELINE).path("state").asText().equals("FAILED"));
        assertThat(api().pipeline(PIPELINE).path("message").asText()).isEqualTo(failed.message());

        agency.stubFor(page("2").willReturn(okJson(RestApiFixtures.page("20100003", "20100004"))));
        agency.stubFor(page("3").willReturn(okJson(RestApiFixtures.page("20100005"))));
        agency.stubFor(page("1")
                .withQueryParam("updated_since", equalTo("2025-05-05T08:00:00Z"))
                .willReturn(okJson(RestApiFixtures.page())));
        PipelineRun resumed = awaitRun("SUCCEEDED");

        assertThat(resumed.sourceRef()).isEqualTo(agency.baseUrl() + "/api/sekolah?page=2&per_page=2");
        assertThat(resumed.counts()).isEqualTo(new PipelineRun.Counts(3, 3, 0, 0, 0));
        List<JsonNode> records = api().allRecords(DATASET);
        assertThat(records)
                .extracting(r -> r.path("npsn").asText())
                .containsExactlyInAnyOrder("20100001", "20100002", "20100003", "20100004", "20100005");
        assertThat(records).extracting(r -> r.path("kota").asText()).containsOnly("Kota Bandung");
        assertThat(api().runs(PIPELINE))
                .allSatisfy(run -> assertThat(run.counts().reconcile()).isTrue());
        await().atMost(Duration.ofSeconds(30)).until(() -> api().pipeline(PIPELINE)
                .path("position")
                .path("value")
                .asText()
                .equals("{\"watermark\":\"2025-05-05T08:00:00Z\"}"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !agency.findAll(getRequestedFor(urlPathEqualTo("/api/sekolah"))
                                .withQueryParam("updated_since", equalTo("2025-05-05T08:00:00Z")))
                        .isEmpty());
        assertThat(api().pipeline(PIPELINE).path("state").asText()).isEqualTo("RUNNING");
        agency.verify(
                1,
                getRequestedFor(urlPathEqualTo("/api/sekolah"))
                        .withQueryParam("page", equalTo("1"))
                        .withQueryParam("updated_since", absent()));
        assertThat(api().pipeline(PIPELINE).toString()).doesNotContain(API_KEY).contains("${file:disdik-key}");
        assertThat(output.getAll()).contains("is not valid JSON").doesNotContain(API_KEY);
    }

    /** The pipeline's first run with this status (runs are listed newest first). */
    private PipelineRun awaitRun(String status) {
        return await("a " + status + " run of " + PIPELINE)
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> api().runs(PIPELINE).stream()
                                .filter(run -> run.status().equals(status))
                                .reduce((newer, older) -> older),
                        Optional::isPresent)
                .orElseThrow();
    }
}
