package id.satudata.hub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretReferenceTest {

    @Test
    void shouldResolveAnEnvironmentVariableAndShowOnlyTheReference() {
        SecretReference reference = SecretReference.parse("${env:OPD_PASSWORD}", Map.of("OPD_PASSWORD", "s3cret"));

        assertThat(reference.resolve()).isEqualTo("s3cret");
        assertThat(reference).hasToString("${env:OPD_PASSWORD}");
    }

    @Test
    void shouldResolveASecretFileWithoutItsTrailingLineBreak(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "s3cret\n");

        assertThat(SecretReference.parse("${file:" + file + "}").resolve()).isEqualTo("s3cret");
    }

    @Test
    void shouldSayWhichVariableIsMissing() {
        assertThatThrownBy(
                        () -> SecretReference.parse("${env:NOT_SET}", Map.of()).resolve())
                .hasMessage("the environment variable NOT_SET of ${env:NOT_SET} is not set");
    }

    @Test
    void shouldRefuseAPasswordWrittenOutWithoutRepeatingIt() {
        assertThatThrownBy(() -> SecretReference.parse("hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2")
                .hasMessageContaining("${env:NAME}");
    }
}
