package id.satudata.hub.connectors.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.FailureKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One poll of an sftp source against MINA SSHD's server in this JVM: what it downloads, and how it fails. */
class SftpFetchTest {

    private static final String USER = "opd";
    private static final String PASSWORD = "kata-sandi-opd";
    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

    @TempDir
    Path remoteRoot;

    @TempDir
    Path hub;

    private InProcessSftpServer server;
    private final List<RemoteListing> listings = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>(Map.of("OPD_SFTP_PASSWORD", PASSWORD));

    @BeforeEach
    void startServer() throws IOException {
        Files.createDirectories(remoteRoot.resolve("outgoing"));
        server = InProcessSftpServer.start(remoteRoot, USER, PASSWORD);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldDownloadIncludedFilesIntoTheInboxOnceWhileTheyDoNotChange() throws IOException {
        putRemote("miskin-2020.csv", "kode,jumlah\n3201,451\n");
        putRemote("catatan.txt", "not included");

        fetch("include", "*.csv");
        fetch("include", "*.csv");

        assertThat(inbox().resolve("miskin-2020.csv")).hasContent("kode,jumlah\n3201,451\n");
        assertThat(inbox()).isDirectoryNotContaining("glob:**/catatan.txt");
        assertThat(listings)
                .extracting(RemoteListing::found, RemoteListing::downloaded, RemoteListing::unchanged)
                .containsExactly(tuple(1, 1, 0), tuple(1, 0, 1));
        assertThat(listings.get(0).detail())
                .containsEntry("location", "sftp://opd@localhost:" + server.port() + "/outgoing")
                .containsEntry("listed_at", NOW.toString());
        assertThat(remoteRoot.resolve("outgoing/miskin-2020.csv")).exists();
    }

    @Test
    void shouldRememberWhatItDownloadedAcrossRestartsAndFetchAChangedFileAgain() throws IOException {
        putRemote("miskin.csv", "kode\n3201\n");
        fetch();
        Files.delete(inbox().resolve("miskin.csv")); // ingested and moved to done

        fetch(); // a new hub process reads the record of what was downloaded
        assertThat(inbox().resolve("miskin.csv")).doesNotExist();

        putRemote("miskin.csv", "kode\n3201\n3202\n");
        fetch();
        assertThat(inbox().resolve("miskin.csv")).hasContent("kode\n3201\n3202\n");
    }

    @Test
    void shouldLeaveADownloadWaitingInTheInboxAlone() throws IOException {
        putRemote("miskin.csv", "kode\n3201\n");
        fetch();
        putRemote("miskin.csv", "kode\n3201\n3202\n");

        fetch();

        assertThat(inbox().resolve("miskin.csv")).hasContent("kode\n3201\n");
        assertThat(listings.get(1).downloaded()).isZero();
    }

    @Test
    void shouldDeleteOrMoveTheRemoteFileOnlyWhenAsked() throws IOException {
        putRemote("a.csv", "kode\n1\n");
        fetch("after-download", "delete");
        assertThat(remoteRoot.resolve("outgoing/a.csv")).doesNotExist();

        Files.createDirectories(remoteRoot.resolve("arsip"));
        putRemote("b.csv", "kode\n2\n");
        Files.writeString(remoteRoot.resolve("arsip/b.csv"), "an older b.csv");
        fetch("move-to", "/arsip");
        assertThat(remoteRoot.resolve("outgoing/b.csv")).doesNotExist();
        assertThat(remoteRoot.resolve("arsip")).isDirectoryContaining("glob:**/*-b.csv");
        assertThat(inbox().resolve("b.csv")).hasContent("kode\n2\n");
    }

    @Test
    void shouldLogInWithAPrivateKeyThatHasAPassphrase() throws Exception {
        KeyPair key = InProcessSftpServer.newKeyPair();
        server.allowKey(key.getPublic());
        Path keyFile = hub.resolve("secrets/opd-key");
        Files.createDirectories(keyFile.getParent());
        Files.write(keyFile, openSshPrivateKey(key, "frasa-rahasia"));
        environment.put("OPD_KEY_PASSPHRASE", "frasa-rahasia");
        putRemote("miskin.csv", "kode\n3201\n");

        fetch(
                "password",
                null,
                "private-key",
                "${file:opd-key}",
                "private-key-passphrase",
                "${env:OPD_KEY_PASSPHRASE}");

        assertThat(inbox().resolve("miskin.csv")).exists();
    }

    @Test
    void shouldCheckTheHostKeyAgainstAKnownHostsFile() throws IOException {
        Path knownHosts = hub.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine("localhost") + "\n");
        putRemote("miskin.csv", "kode\n3201\n");

        fetch("host-key-fingerprint", null, "known-hosts", knownHosts.toString());

        assertThat(inbox().resolve("miskin.csv")).exists();
    }

    @Test
    void shouldRefuseAServerWhoseKeyIsNotTheDeclaredOne() {
        String other = "SHA256:" + "B".repeat(43);

        assertThatThrownBy(() -> fetch("host-key-fingerprint", other))
                .isInstanceOfSatisfying(SftpSourceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage())
                            .contains("localhost:" + server.port(), server.hostKeyFingerprint(), other);
                });
    }

    @Test
    void shouldFailPermanentlyOnAWrongPasswordWithoutShowingIt() {
        environment.put("OPD_SFTP_PASSWORD", "salah-sandi");

        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(SftpSourceException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
            assertThat(e.getMessage()).contains("opd@localhost:" + server.port(), "refused the login");
            assertThat(e.getMessage()).doesNotContain("salah-sandi");
        });
    }

    @Test
    void shouldFailPermanentlyWhenTheDirectoryIsMissing() {
        assertThatThrownBy(() -> fetch("directory", "/tidak-ada"))
                .isInstanceOfSatisfying(SftpSourceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).contains("/tidak-ada", "no such file or directory");
                });
    }

    @Test
    void shouldRetryWhenTheServerCannotBeReached() {
        server.stop();

        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(SftpSourceException.class, e -> {
            assertThat(new SftpFailureClassifier().classify(e)).isEqualTo(FailureKind.TRANSIENT);
            assertThat(e.getMessage()).contains("cannot reach sftp://opd@localhost:" + server.port());
        });
    }

    private void fetch(Object... changes) throws IOException {
        List<Object> settings = new ArrayList<>(List.of(
                "host",
                "localhost",
                "port",
                server.port(),
                "username",
                USER,
                "host-key-fingerprint",
                server.hostKeyFingerprint(),
                "timeout",
                "5s"));
        settings.addAll(Arrays.asList(changes));
        SftpSourceSettings source = SftpSettingsFixture.settings(settings.toArray());
        Files.createDirectories(inbox());
        Secrets secrets = new Secrets(environment::get, hub.resolve("secrets"));
        try (SftpClients clients = SftpClients.start(source.server(), secrets)) {
            new SftpFetch(
                            "opd-sftp",
                            source,
                            clients,
                            DownloadedFiles.at(hub.resolve("sftp/downloaded.properties")),
                            inbox(),
                            listings::add,
                            Clock.fixed(NOW, ZoneOffset.UTC))
                    .run();
        }
    }

    private Path inbox() {
        return hub.resolve("inbox");
    }

    /** Writes a remote file with a modification time of its own, as an agency's upload would have. */
    private void putRemote(String name, String content) throws IOException {
        Path file = remoteRoot.resolve("outgoing").resolve(name);
        long previous = Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Math.max(previous + 2000, 1_700_000_000_000L)));
    }

    private static byte[] openSshPrivateKey(KeyPair key, String passphrase) throws Exception {
        OpenSSHKeyEncryptionContext encryption = new OpenSSHKeyEncryptionContext();
        encryption.setPassword(passphrase);
        encryption.setCipherName("AES");
        encryption.setCipherMode("CTR");
        encryption.setCipherType("256");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "opd", encryption, out);
        return out.toByteArray();
    }
}
