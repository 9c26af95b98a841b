package id.satudata.hub.it.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.RunningHub;
import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset whose declared schema changes between two starts of the same hub: until schema evolution takes it
 * through the registry, its pipeline does not start, says why, and health is DOWN; the stored records stay served.
 */
class ChangedSchemaOnH2IT {

    private static final String DATASET = "penduduk-miskin-jabar";
    private static final String PIPELINE = "penduduk-miskin-jabar-csv";

    @TempDir
    Path dataDir;

    @TempDir
    Path configDir;

    @Test
    void shouldFailThePipelineOfADatasetWhoseSchemaChangedWithoutEvolution() throws IOException {
        copyDeclarations();
        try (RunningHub first = RunningHub.start(dataDir, configDir, HubDatabase.embeddedH2())) {
            assertThat(first.api().pipeline(PIPELINE).path("state").asText()).isEqualTo("RUNNING");
        }
        Path schema = configDir.resolve("datasets/penduduk-miskin-jabar.avsc");
        Files.writeString(
                schema,
                Files.readString(schema)
                        .replace(
                                "{\"name\": \"tahun\", \"type\": \"int\"", "{\"name\": \"tahun\", \"type\": \"long\""));

        try (RunningHub second = RunningHub.start(dataDir, configDir, HubDatabase.embeddedH2())) {
            JsonNode pipeline = second.api().pipeline(PIPELINE);
            assertThat(pipeline.path("state").asText()).isEqualTo("FAILED");
            assertThat(pipeline.path("message").asText())
                    .contains("dataset '" + DATASET + "' cannot be registered")
                    .contains("another schema");
            assertThat(second.api().get("/actuator/health").status()).isEqualTo(503);
            assertThat(second.api().get("/api/v1/datasets/" + DATASET).status()).isEqualTo(200);
        }
    }

    private void copyDeclarations() throws IOException {
        Files.createDirectories(configDir.resolve("datasets"));
        Files.createDirectories(configDir.resolve("pipelines"));
        for (String file : new String[] {
            "datasets/penduduk-miskin-jabar.yaml",
            "datasets/penduduk-miskin-jabar.avsc",
            "pipelines/penduduk-miskin-jabar-csv.yaml"
        }) {
            Files.copy(
                    TestPaths.repoConfig().resolve(file), configDir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
