package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.RecordSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A declaration sent as text is checked by the reader of the config directory, with the same problems. */
class PipelineDeclarationTest {

    private static final String SCHEMA =
            """
            {"type": "record", "name": "Penduduk", "namespace": "id.satudata.test", "fields": [
              {"name": "kode", "type": "string"}, {"name": "jumlah", "type": "long"}]}
            """;

    private static final String INVALID =
            """
            id: penduduk-api
            dataset: pendudk
            source:
              kind: fiel
            schedule:
              poll-interval: soon
            mapping:
              jumlah: { source: jumlah, parse: { number: klingon } }
            """;

    @TempDir
    Path config;

    @BeforeEach
    void declareDataset() throws IOException {
        write("datasets/penduduk.avsc", SCHEMA);
        write(
                "datasets/penduduk.yaml",
                "id: penduduk\ntitle: Penduduk\nproducer: OPD\nkey-fields: [kode]\nschema: penduduk.avsc\n");
    }

    @Test
    void shouldCheckAValidDeclarationAgainstTheDeclaredDatasets() {
        CheckedPipeline checked = check(
                """
                id: penduduk-api
                dataset: penduduk
                source: { kind: file, format: csv }
                schedule: { poll-interval: 5s }
                """);

        assertThat(checked.valid()).isTrue();
        assertThat(checked.definition().datasetId()).isEqualTo("penduduk");
        assertThat(checked.definition().file()).isEqualTo(config.resolve("pipelines/penduduk-api.yaml"));
    }

    @Test
    void shouldReportEveryProblemExactlyAsForTheSameFile() throws IOException {
        CheckedPipeline checked = check(INVALID);
        write("pipelines/penduduk-api.yaml", INVALID);
        Definitions loaded = DefinitionLoader.load(config);

        assertThat(checked.valid()).isFalse();
        assertThat(checked.problems())
                .extracting(DefinitionProblem::path)
                .contains("dataset", "source.kind", "schedule.poll-interval");
        assertThat(checked.problems()).isEqualTo(loaded.problems());
    }

    @Test
    void shouldReportUnreadableYamlWithItsLine() {
        CheckedPipeline checked = check("id: [penduduk\n");

        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).startsWith("unreadable YAML at line");
        });
    }

    private CheckedPipeline check(String text) {
        return DefinitionLoader.checkPipeline(
                config, SourceKinds.builtIn(), RecordSteps.none(), text, config.resolve("pipelines/penduduk-api.yaml"));
    }

    private void write(String file, String content) throws IOException {
        Path path = config.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
