package id.satudata.hub.it.admin;

import static id.satudata.hub.it.admin.AdminConfig.benchPipeline;
import static id.satudata.hub.it.admin.AdminConfig.miskinPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.satudata.hub.it.file.JabarPovertyFile;
import id.satudata.hub.it.support.GeneratedRows;
import id.satudata.hub.it.support.HubApi;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHubTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin API on a running hub: pipelines declared, replaced, paused and resumed without restarting it, each
 * test with pipelines of its own, so that they run in any order.
 */
abstract class PipelineAdminContract extends RunningHubTest {

    private static final String YAML = "application/yaml";
    private static final Duration QUIET = Duration.ofSeconds(2);

    private Path configDir;

    @Override
    protected Path configDir(Path dataDir) {
        configDir = AdminConfig.create(dataDir);
        return configDir;
    }

    @Test
    void shouldStartADeclaredPipelineThatIngestsWithoutRestart() {
        HubApi.Response created = api().post("/api/v1/pipelines", YAML, miskinPipeline("miskin-admin"));

        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/pipelines/miskin-admin");
        assertThat(created.body().path("state").asText()).isEqualTo("RUNNING");
        assertThat(configDir.resolve("pipelines/miskin-admin.yaml")).exists();
        PipelineRun run = ingest("miskin-admin", JabarPovertyFile.path(), "miskin.csv");
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.counts().read()).isEqualTo(JabarPovertyFile.ROWS);
        assertThat(run.counts().reconcile()).isTrue();
    }

    @Test
    void shouldRefuseAnInvalidDeclarationWithEveryProblemAndWriteNothing() {
        String invalid =
                """
                id: salah-semua
                dataset: penduduk-miskin-jabr
                source:
                  kind: fiel
                schedule:
                  poll-interval: soon
                mapping:
                  tahun: tahun
                """;

        HubApi.Response refused = api().post("/api/v1/pipelines", YAML, invalid);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("code").asText()).isEqualTo("invalid_pipeline");
        assertThat(refused.body().path("problems").findValuesAsText("path"))
                .contains("dataset", "source.kind", "schedule.poll-interval");
        assertThat(refused.body().path("problems").findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).contains("did you mean 'penduduk-miskin-jabar'"))
                .anySatisfy(message -> assertThat(message).contains("did you mean 'file'"));
        assertThat(configDir.resolve("pipelines/salah-semua.yaml")).doesNotExist();
        assertThat(api().get("/api/v1/pipelines/salah-semua").status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseAPipelineWhoseIdIsTaken() {
        assertThat(api().post("/api/v1/pipelines", YAML, benchPipeline("bench-twice"))
                        .status())
                .isEqualTo(201);

        HubApi.Response again = api().post("/api/v1/pipelines", YAML, benchPipeline("bench-twice"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("code").asText()).isEqualTo("pipeline_exists");
    }

    @Test
    void shouldRestartAReplacedPipelineWithItsNewSettings() throws Exception {
        String json = new ObjectMapper()
                .writeValueAsString(new YAMLMapper().readTree(benchPipeline("bench-include", "include: \"*.csv\"")));
        assertThat(api().post("/api/v1/pipelines", "application/json", json).status())
                .isEqualTo(201);
        files("bench-include").drop(GeneratedRows.csv(5, "teks"), "rows.txt");
        assertThat(ingest("bench-include", GeneratedRows.csv(5, "csv"), "rows.csv")
                        .status())
                .isEqualTo("SUCCEEDED");
        assertThat(inbox("bench-include", "rows.txt"))
                .as("left alone by the scan that read rows.csv")
                .exists();
        long lastRun = api().lastRunId("bench-include");

        HubApi.Response replaced = api().send(
                        "PUT",
                        "/api/v1/pipelines/bench-include",
                        YAML,
                        benchPipeline("bench-include", "include: \"*.txt\""));

        assertThat(replaced.status()).as("%s", replaced.body()).isEqualTo(200);
        assertThat(replaced.body().path("source").path("include").asText()).isEqualTo("*.txt");
        PipelineRun run = api().awaitRunAfter("bench-include", lastRun);
        assertThat(run.sourceRef()).isEqualTo("rows.txt");
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(Files.readString(configDir.resolve("pipelines/bench-include.yaml")))
                .contains("*.txt");
    }

    @Test
    void shouldRefuseAReplacementThatRenamesThePipeline() {
        assertThat(api().post("/api/v1/pipelines", YAML, benchPipeline("bench-named"))
                        .status())
                .isEqualTo(201);

        HubApi.Response refused =
                api().send("PUT", "/api/v1/pipelines/bench-named", YAML, benchPipeline("bench-renamed"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("problems").findValuesAsText("path")).containsExactly("id");
    }

    @Test
    void shouldLeaveFilesInTheInboxWhilePausedAndIngestThemWhenResumed() {
        assertThat(api().post("/api/v1/pipelines", YAML, benchPipeline("bench-pause"))
                        .status())
                .isEqualTo(201);

        HubApi.Response paused = api().post("/api/v1/pipelines/bench-pause/pause", null, null);
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body().path("state").asText()).isEqualTo("PAUSED");
        assertThat(api().post("/api/v1/pipelines/bench-pause/pause", null, null).status())
                .as("pausing a paused pipeline is harmless")
                .isEqualTo(200);
        long lastRun = api().lastRunId("bench-pause");
        files("bench-pause").drop(GeneratedRows.csv(5, "jeda"), "paused.csv");
        assertThat(api().post("/api/v1/pipelines/bench-pause/run", null, null).status())
                .isEqualTo(409);
        await("paused.csv left in the inbox while paused")
                .during(QUIET)
                .atMost(QUIET.multipliedBy(3))
                .until(() ->
                        Files.exists(inbox("bench-pause", "paused.csv")) && api().lastRunId("bench-pause") == lastRun);

        HubApi.Response resumed = api().post("/api/v1/pipelines/bench-pause/resume", null, null);

        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.body().path("state").asText()).isEqualTo("RUNNING");
        assertThat(api().awaitRunAfter("bench-pause", lastRun).status()).isEqualTo("SUCCEEDED");
        files("bench-pause").awaitInDone("paused.csv");
    }

    @Test
    void shouldRemoveAPipelineDeclaredThroughTheApi() {
        assertThat(api().post("/api/v1/pipelines", YAML, benchPipeline("bench-gone"))
                        .status())
                .isEqualTo(201);

        assertThat(api().send("DELETE", "/api/v1/pipelines/bench-gone", null, null)
                        .status())
                .isEqualTo(204);

        assertThat(api().get("/api/v1/pipelines/bench-gone").status()).isEqualTo(404);
        assertThat(configDir.resolve("pipelines/bench-gone.yaml")).doesNotExist();
    }

    @Test
    void shouldShowTheProgressOfALongLoadWhileItRunsAndWhenItEnds() {
        int rows = 100_000;
        byte[] csv = GeneratedRows.csv(rows, "kemajuan");
        assertThat(api().post("/api/v1/pipelines", YAML, benchPipeline("bench-progress", "batch-size: 500"))
                        .status())
                .isEqualTo(201);
        long lastRun = api().lastRunId("bench-progress");

        files("bench-progress").drop(csv, "large.csv");

        JsonNode midRun = await("progress of large.csv while it loads")
                .pollInterval(Duration.ofMillis(50))
                .atMost(Duration.ofSeconds(60))
                .until(
                        this::progress,
                        p -> p.path("rows_read").asLong() > 0 && !p.path("done").asBoolean(true));
        assertThat(midRun.path("rows_read").asLong()).isLessThan(rows);
        assertThat(midRun.path("bytes_total").asLong()).isEqualTo(csv.length);
        assertThat(midRun.path("bytes_read").asLong()).isPositive();
        assertThat(midRun.path("rows_total").isNull())
                .as("a CSV's rows are unknown until read")
                .isTrue();
        assertThat(midRun.path("started_at").asText()).isNotEmpty();
        assertThat(metric("hub.pipeline.progress.active")).isEqualTo(1.0);

        PipelineRun run = api().awaitRunAfter("bench-progress", lastRun);
        JsonNode finished = progress();
        assertThat(finished.path("run").asLong()).isEqualTo(run.id());
        assertThat(finished.path("done").asBoolean()).isTrue();
        assertThat(finished.path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(finished.path("rows_read").asLong()).isEqualTo(rows);
        assertThat(finished.path("bytes_read").asLong()).isEqualTo(csv.length);
        assertThat(metric("hub.pipeline.progress.rows")).isEqualTo(rows);
        assertThat(metric("hub.pipeline.progress.active")).isZero();
    }

    private JsonNode progress() {
        return api().pipeline("bench-progress").path("details").path("progress");
    }

    private double metric(String name) {
        JsonNode metric = api().getOk("/actuator/metrics/" + name + "?tag=pipeline:bench-progress");
        List<JsonNode> values = metric.path("measurements").findValues("value");
        return values.get(0).asDouble();
    }

    private Path inbox(String pipelineId, String name) {
        return configDir.getParent().resolve("inbox").resolve(pipelineId).resolve(name);
    }
}
