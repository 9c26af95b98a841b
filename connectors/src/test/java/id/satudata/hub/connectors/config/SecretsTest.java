package id.satudata.hub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadSecretsFromTheEnvironmentAndFromFilesRelativeToTheSecretsDirectory() throws IOException {
        Files.writeString(dir.resolve("db-password"), "kata-sandi\n");
        Secrets secrets = new Secrets(Map.of("API_KEY", "kunci")::get, dir);

        assertThat(secrets.reveal(SecretRef.parse("${env:API_KEY}"))).isEqualTo("kunci");
        assertThat(secrets.reveal(SecretRef.parse("${file:db-password}"))).isEqualTo("kata-sandi");
        assertThat(secrets.reveal(SecretRef.parse("${file:" + dir.resolve("db-password") + "}")))
                .isEqualTo("kata-sandi");
    }

    @Test
    void shouldNameTheReferenceNotTheValueWhenASecretIsMissing() {
        Secrets secrets = new Secrets(Map.<String, String>of()::get, dir);

        assertThatThrownBy(() -> secrets.reveal(SecretRef.parse("${env:API_KEY}")))
                .hasMessage("secret ${env:API_KEY} is not set in the hub's environment");
        assertThatThrownBy(() -> secrets.reveal(SecretRef.parse("${file:missing}")))
                .hasMessageStartingWith("secret ${file:missing} cannot be read from ");
    }

    @Test
    void shouldRefuseASecretWrittenOutWithoutRepeatingIt() {
        assertThatThrownBy(() -> SecretRef.parse("hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("hunter2")
                .startsWith("must be a secret reference such as ${env:NAME} or ${file:PATH}");
    }
}
