package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.sftp.AfterDownload;
import id.satudata.hub.connectors.sftp.SftpSourceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline of the README's "SFTP pipelines" section is valid against the repository's dataset. */
class ReadmeSftpExampleTest {

    private static final Path REPO = Path.of("..");

    @TempDir
    Path config;

    @Test
    void shouldLoadTheReadmeSftpPipeline() throws IOException {
        Files.createDirectories(config.resolve("pipelines"));
        Files.copy(REPO.resolve("config/datasets"), config.resolve("datasets"));
        for (String file : new String[] {"penduduk-miskin-jabar.yaml", "penduduk-miskin-jabar.avsc"}) {
            Files.copy(
                    REPO.resolve("config/datasets").resolve(file),
                    config.resolve("datasets").resolve(file));
        }
        Files.writeString(config.resolve("pipelines/penduduk-miskin-jabar-sftp.yaml"), readmeExample());

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.problems()).isEmpty();
        SftpSourceSettings sftp = definitions.pipelines().get(0).typedSource(SftpSourceSettings.class);
        assertThat(sftp.location()).isEqualTo("sftp://satudata@sftp.bps-jabar.example.go.id:22/outgoing/kemiskinan");
        assertThat(sftp.afterDownload()).isEqualTo(AfterDownload.KEEP);
        assertThat(sftp.server().password()).hasToString("${env:BPS_SFTP_PASSWORD}");
    }

    @Test
    void shouldNameEachMissingCredentialAndHostKeyCheckWithItsPath() throws IOException {
        String withoutPasswordAndHostKey = readmeExample()
                .lines()
                .filter(line -> !line.startsWith("  password:") && !line.startsWith("  host-key-fingerprint:"))
                .collect(Collectors.joining("\n"));

        Definitions definitions = load(withoutPasswordAndHostKey);

        assertThat(definitions.problems())
                .extracting(DefinitionProblem::path)
                .containsExactlyInAnyOrder("source.password", "source.host-key-fingerprint");
        assertThat(definitions.problems()).extracting(Object::toString).anySatisfy(problem -> assertThat(problem)
                .contains("host-key-check: false"));
    }

    private Definitions load(String pipeline) throws IOException {
        Files.createDirectories(config.resolve("pipelines"));
        Files.createDirectories(config.resolve("datasets"));
        for (String file : List.of("penduduk-miskin-jabar.yaml", "penduduk-miskin-jabar.avsc")) {
            Files.copy(
                    REPO.resolve("config/datasets").resolve(file),
                    config.resolve("datasets").resolve(file));
        }
        Files.writeString(config.resolve("pipelines/penduduk-miskin-jabar-sftp.yaml"), pipeline);
        return DefinitionLoader.load(config);
    }

    private static String readmeExample() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int section = readme.indexOf("### SFTP pipelines\n");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }
}
