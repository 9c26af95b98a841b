package id.satudata.hub.it.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A config directory holding the shipped demo and two broken declarations: the hub starts, reports every mistake of
 * each broken one with its file and YAML path, and still runs the demo pipeline.
 */
class InvalidDefinitionsOnH2IT extends RunningHubTest {

    private static final String BROKEN_PIPELINE =
            """
            id: broken-csv
            dataset: penduduk-miskin-jabar
            source:
              kind: file
              format: csv
              delimter: ";"
            schedule:
              poll-interval: 5
            mapping:
              tahun: { source: tahun, transforms: [{ scale: banyak }] }
            """;

    private static final String BROKEN_DATASET =
            """
            id: Dataset Rusak
            title: Broken
            producer: Dinas Uji
            key-fields: [tidak_ada]
            schema: penduduk-miskin-jabar.avsc
            """;

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }

    @Override
    protected Path configDir(Path dataDir) {
        Path config = dataDir.resolve("config");
        try {
            copyTree(TestPaths.repoConfig(), config);
            Files.writeString(config.resolve("pipelines/broken-csv.yaml"), BROKEN_PIPELINE);
            Files.writeString(config.resolve("datasets/rusak.yaml"), BROKEN_DATASET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    @Test
    void shouldReportEveryMistakeOfABrokenPipelineWithItsFileAndPath() {
        JsonNode broken = api().pipeline("broken-csv");

        assertThat(broken.path("state").asText()).isEqualTo("INVALID");
        assertThat(broken.path("message").asText())
                .contains("pipelines/broken-csv.yaml: source.delimter: unknown setting; did you mean 'delimiter'?")
                .contains("pipelines/broken-csv.yaml: schedule.poll-interval:")
                .contains("pipelines/broken-csv.yaml: mapping.tahun.transforms[0]");
        JsonNode health = api().getOk("/actuator/health").path("components").path("pipelines");
        assertThat(health.path("details").path("broken-csv").path("state").asText())
                .isEqualTo("INVALID");
    }

    @Test
    void shouldStillRunTheValidPipelineBesideTheBrokenDeclarations() {
        assertThat(api().pipeline("penduduk-miskin-jabar-csv").path("state").asText())
                .isEqualTo("RUNNING");

        PipelineRun run = ingest(
                "penduduk-miskin-jabar-csv",
                TestPaths.sharedData("opendata/jabar_odj/jumlah_penduduk_miskin_berdasarkan_kabupatenkota_data.csv"),
                "miskin.csv");

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(api().get("/api/v1/datasets/rusak").status()).isEqualTo(404);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
