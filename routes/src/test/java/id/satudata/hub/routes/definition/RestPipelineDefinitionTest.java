package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.rest.RestSourceSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestPipelineDefinitionTest {

    /** A REST pipeline's file up to its source's url; each test declares the rest. */
    private static final String HEAD =
            """
            id: sekolah-api
            dataset: sekolah
            source:
              kind: rest
              url: https://api.disdik.example.go.id/v1/sekolah
            """;

    @TempDir
    Path config;

    @BeforeEach
    void writeDataset() throws IOException {
        write(
                "datasets/sekolah.avsc",
                """
                {"type": "record", "name": "Sekolah", "namespace": "id.satudata.test", "fields": [
                  {"name": "npsn", "type": "string"},
                  {"name": "kota", "type": ["null", "string"], "default": null}
                ]}
                """);
        write(
                "datasets/sekolah.yaml",
                """
                id: sekolah
                title: Satuan Pendidikan
                producer: Dinas Pendidikan
                key-fields: [npsn]
                schema: sekolah.avsc
                """);
    }

    @Test
    void shouldLoadARestPipelineWithItsSettingsTyped() throws IOException {
        write(
                "pipelines/sekolah-api.yaml",
                HEAD
                        + """
                  records: $.data
                  pagination: cursor
                  cursor-path: $.meta.next_cursor
                  auth: bearer
                  token: ${env:DISDIK_TOKEN}
                schedule:
                  poll-interval: 15m
                mapping:
                  npsn: npsn
                  kota: alamat.kota
                """);

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.problems()).isEmpty();
        PipelineDefinition pipeline = definitions.pipelines().get(0);
        RestSourceSettings source = pipeline.typedSource(RestSourceSettings.class);
        assertThat(source.paging().cursorPath()).isEqualTo("$.meta.next_cursor");
        assertThat(source.auth().token()).hasToString("${env:DISDIK_TOKEN}");
        assertThat(pipeline.sourceSettings()).containsEntry("token", "${env:DISDIK_TOKEN}");
        assertThat(pipeline.pollInterval()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldReportEverySourceSettingThatDoesNotFitWithItsName() throws IOException {
        write(
                "pipelines/sekolah-api.yaml",
                HEAD
                        + """
                  pagination: next-link
                  cursor-path: $.meta.next
                  auth: basic
                  username: hub
                mapping: { npsn: npsn }
                """);

        assertThat(DefinitionLoader.load(config).problems())
                .extracting(Object::toString)
                .containsExactly(
                        "pipelines/sekolah-api.yaml: source.cursor-path: applies only to pagination: cursor, not"
                                + " next-link",
                        "pipelines/sekolah-api.yaml: source.next-path: is missing; pagination: next-link needs it (a"
                                + " JSONPath such as $.data)",
                        "pipelines/sekolah-api.yaml: source.password: is missing; auth: basic needs it (a secret"
                                + " reference such as ${env:NAME} or ${file:PATH})");
    }

    private void write(String file, String text) throws IOException {
        Path path = config.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
