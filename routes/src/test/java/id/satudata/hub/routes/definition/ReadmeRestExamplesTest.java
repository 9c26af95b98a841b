package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.rest.RestSourceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every YAML example of the README's "REST pipelines" section is a valid pipeline, or a valid source of one. */
class ReadmeRestExamplesTest {

    private static final Path REPO = Path.of("..");

    @TempDir
    Path config;

    @Test
    void shouldLoadEveryRestExampleOfTheReadme() throws IOException {
        Files.createDirectories(config.resolve("pipelines"));
        Files.createDirectories(config.resolve("datasets"));
        Files.writeString(
                config.resolve("datasets/sekolah-jabar.yaml"),
                """
                id: sekolah-jabar
                title: Satuan Pendidikan di Jawa Barat
                producer: Dinas Pendidikan Provinsi Jawa Barat
                key-fields: [npsn]
                schema: sekolah-jabar.avsc
                """);
        Files.writeString(
                config.resolve("datasets/sekolah-jabar.avsc"),
                """
                {"type": "record", "name": "Sekolah", "fields": [
                  {"name": "npsn", "type": "string"},
                  {"name": "kota", "type": ["null", "string"], "default": null}
                ]}
                """);
        List<String> examples = readmeExamples();
        for (int i = 0; i < examples.size(); i++) {
            String example = examples.get(i);
            Files.writeString(
                    config.resolve("pipelines/example-" + i + ".yaml"),
                    example.startsWith("id:")
                            ? example
                            : "id: example-" + i + "\ndataset: sekolah-jabar\n" + example + "mapping: {}\n");
        }

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.problems()).isEmpty();
        assertThat(definitions.pipelines())
                .hasSize(examples.size())
                .allSatisfy(pipeline -> assertThat(pipeline.typedSource()).isInstanceOf(RestSourceSettings.class));
    }

    private static List<String> readmeExamples() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int start = readme.indexOf("## REST pipelines\n");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
        List<String> examples = new ArrayList<>();
        while (yaml.find()) {
            examples.add(yaml.group(1));
        }
        assertThat(examples).as("the README's REST examples").hasSizeGreaterThan(8);
        return examples;
    }
}
