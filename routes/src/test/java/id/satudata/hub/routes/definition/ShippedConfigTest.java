package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.connectors.file.FileFormat;
import id.satudata.hub.connectors.file.FileSourceSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The declarations shipped in the repository load without a problem. */
class ShippedConfigTest {

    private static final Path REPO = Path.of(System.getProperty("hub.repo.dir", ".."));

    @Test
    void shouldLoadShippedConfigWithoutProblems() {
        Definitions definitions = DefinitionLoader.load(REPO.resolve("config"));

        assertThat(definitions.problems()).isEmpty();
        assertThat(definitions.datasets()).extracting(DatasetDefinition::id).containsExactly("penduduk-miskin-jabar");
        assertThat(definitions.pipelines()).singleElement().satisfies(pipeline -> {
            assertThat(pipeline.id()).isEqualTo("penduduk-miskin-jabar-csv");
            assertThat(pipeline.typedSource(FileSourceSettings.class).reading().format())
                    .isEqualTo(FileFormat.CSV);
            assertThat(pipeline.conformer()).isNotNull();
        });
    }

    @Test
    void shouldLoadBenchmarkConfigWithoutProblems() {
        Definitions definitions = DefinitionLoader.load(REPO.resolve("bench/load-config"));

        assertThat(definitions.problems()).isEmpty();
        assertThat(definitions.pipelines())
                .extracting(PipelineDefinition::id)
                .containsExactly("bench-load-csv", "bench-warmup-csv");
        assertThat(definitions.pipelines())
                .allSatisfy(pipeline -> assertThat(pipeline.pollInterval()).isEqualTo(Duration.ofMillis(200)));
    }
}
