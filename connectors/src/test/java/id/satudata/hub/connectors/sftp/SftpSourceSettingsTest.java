package id.satudata.hub.connectors.sftp;

import static id.satudata.hub.connectors.sftp.SftpSettingsFixture.declared;
import static id.satudata.hub.connectors.sftp.SftpSettingsFixture.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.config.InvalidSettingsException;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SettingProblem;
import id.satudata.hub.connectors.file.FileFormat;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SftpSourceSettingsTest {

    @Test
    void shouldApplyDefaultsToAMinimalSource() {
        SftpSourceSettings settings = settings();

        assertThat(settings.server().port()).isEqualTo(22);
        assertThat(settings.server().timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.server().hostKeys().enabled()).isTrue();
        assertThat(settings.afterDownload()).isEqualTo(AfterDownload.KEEP);
        assertThat(settings.location()).isEqualTo("sftp://satudata@sftp.opd.example.go.id:22/outgoing");
        assertThat(settings.files().includes("miskin.csv")).isTrue();
        assertThat(settings.files().includes(".miskin.csv.part")).isFalse();
    }

    @Test
    void shouldReadEveryFileOptionOfTheFileKind() {
        SftpSourceSettings settings = settings(
                "format", "csv", "delimiter", ";", "encoding", "windows-1252", "include", "*.csv", "batch-size", 100);

        assertThat(settings.files().reading().format()).isEqualTo(FileFormat.CSV);
        assertThat(settings.files().reading().csv().delimiter()).isEqualTo(';');
        assertThat(settings.files().reading().encoding()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(settings.files().batchSize()).isEqualTo(100);
        assertThat(settings.files().includes("data.xlsx")).isFalse();
    }

    @Test
    void shouldNameEachMissingSettingAtOnce() {
        ParsedSettings parsed =
                SftpSourceSettings.SPEC.parse(declared("host", null, "directory", null, "format", null));

        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .containsExactlyInAnyOrder("host", "directory", "format");
    }

    @Test
    void shouldRefuseASourceWithoutCredentialOrHostKeyCheck() {
        assertThatThrownBy(() -> settings("password", null, "host-key-fingerprint", null))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .extracting(SettingProblem::key, SettingProblem::message)
                        .satisfiesExactlyInAnyOrder(
                                problem -> assertThat(problem.toList())
                                        .containsExactly(
                                                "password",
                                                "is missing: declare password or private-key, as ${env:NAME} or"
                                                        + " ${file:PATH}"),
                                problem -> assertThat(problem.toList().get(0)).isEqualTo("host-key-fingerprint")));
    }

    @Test
    void shouldAcceptAnyHostKeyOnlyWhenDeclaredExplicitly() {
        SftpSourceSettings settings = settings("host-key-fingerprint", null, "host-key-check", false);

        assertThat(settings.server().hostKeys()).isEqualTo(HostKeyCheck.OFF);
        assertThat(problemKeys("host-key-check", false)).containsExactly("host-key-check");
    }

    @Test
    void shouldTakeAKnownHostsFileOrAFingerprintButNotBoth() {
        SftpSourceSettings settings = settings("host-key-fingerprint", null, "known-hosts", "/etc/hub/known_hosts");

        assertThat(settings.server().hostKeys().knownHosts()).isEqualTo(Path.of("/etc/hub/known_hosts"));
        assertThat(problemKeys("known-hosts", "/etc/hub/known_hosts")).containsExactly("known-hosts");
    }

    @Test
    void shouldLogInWithAPrivateKeyAndItsPassphrase() {
        SftpSourceSettings settings = settings(
                "password",
                null,
                "private-key",
                "${file:keys/opd}",
                "private-key-passphrase",
                "${env:OPD_KEY_PASSPHRASE}");

        assertThat(settings.server().privateKey()).hasToString("${file:keys/opd}");
        assertThat(settings.server().passphrase()).hasToString("${env:OPD_KEY_PASSPHRASE}");
        assertThat(problemKeys("private-key-passphrase", "${env:X}")).containsExactly("private-key-passphrase");
    }

    @Test
    void shouldMoveWhenMoveToIsDeclaredAndOtherwiseDeleteOnlyWhenAsked() {
        assertThat(settings("move-to", "/outgoing/done").afterDownload())
                .isEqualTo(new AfterDownload(AfterDownload.Action.MOVE, "/outgoing/done"));
        assertThat(settings("after-download", "delete").afterDownload().action())
                .isEqualTo(AfterDownload.Action.DELETE);
        assertThat(problemKeys("after-download", "move")).containsExactly("move-to");
        assertThat(problemKeys("after-download", "delete", "move-to", "/done")).containsExactly("move-to");
        assertThat(problemKeys("move-to", "/outgoing/")).containsExactly("move-to");
    }

    @Test
    void shouldRefuseAWrittenOutPasswordWithoutRepeatingIt() {
        ParsedSettings parsed = SftpSourceSettings.SPEC.parse(declared("password", "rahasia", "port", 70_000));

        assertThat(parsed.problems()).extracting(SettingProblem::key).containsExactlyInAnyOrder("password", "port");
        assertThat(parsed.problems().toString()).doesNotContain("rahasia");
    }

    @Test
    void shouldRefuseMalformedHostKeySettings() {
        ParsedSettings parsed = SftpSourceSettings.SPEC.parse(
                declared("host-key-fingerprint", "MD5:12:34", "known-hosts", "known_hosts", "host", "user@host"));

        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .containsExactlyInAnyOrder("host", "known-hosts", "host-key-fingerprint");
    }

    private static List<String> problemKeys(Object... changes) {
        try {
            settings(changes);
            return List.of();
        } catch (InvalidSettingsException e) {
            return e.problems().stream().map(SettingProblem::key).toList();
        }
    }
}
