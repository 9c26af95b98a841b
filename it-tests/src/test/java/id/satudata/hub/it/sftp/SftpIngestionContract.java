package id.satudata.hub.it.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.connectors.sftp.InProcessSftpServer;
import id.satudata.hub.it.file.JabarPovertyFile;
import id.satudata.hub.it.support.HubApi;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.PipelineRun.Counts;
import id.satudata.hub.it.support.RunningHubTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agency publishes the real Open Data Jabar file on its SFTP server (MINA SSHD in this JVM, password login, host
 * key checked by fingerprint): the hub fetches it into the pipeline's inbox and ingests it as a dropped file, then
 * each new file, never a file twice; a wrong password stops its pipeline at once, and a server that goes away keeps
 * the pipeline DEGRADED until it is back.
 */
abstract class SftpIngestionContract extends RunningHubTest {

    private static final String PIPELINE = "miskin-sftp";
    private static final String BAD_PASSWORD = "miskin-sftp-salah-sandi";
    /** Starts with a wrong password, which the operator then corrects in its secret file. */
    private static final String PASSWORD_CHANGED = "miskin-sftp-sandi-diganti";
    /** Polled once an hour, from its own directory: it fetches only when asked to run. */
    private static final String HOURLY = "miskin-sftp-per-jam";

    private static final String PASSWORD = "kata-sandi-opd";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The folder the agency's server serves; in the hub's temporary data folder, which the hub leaves alone. */
    private Path agency;

    private InProcessSftpServer server;
    private Path config;
    private PipelineRun realFileRun;

    @Override
    protected Path configDir(Path dataDir) {
        agency = dataDir.resolve("agency-sftp-root");
        try {
            Files.createDirectories(agency.resolve("outgoing"));
            Files.createDirectories(agency.resolve("hourly"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server = InProcessSftpServer.start(agency, "opd", PASSWORD);
        config = dataDir.resolve("config");
        return new SftpConfig(config)
                .pipeline(PIPELINE, server.port(), server.hostKeyFingerprint(), PASSWORD)
                .pipeline(BAD_PASSWORD, server.port(), server.hostKeyFingerprint(), "bukan-ini")
                .pipeline(PASSWORD_CHANGED, server.port(), server.hostKeyFingerprint(), "sandi-lama")
                .pipeline(HOURLY, server.port(), server.hostKeyFingerprint(), PASSWORD, "/hourly", "1h")
                .dir();
    }

    @BeforeAll
    void agencyPublishesTheRealFile() throws IOException {
        realFileRun = publishAndAwaitRun("miskin-2002-2020.csv", Files.readAllBytes(JabarPovertyFile.path()));
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shouldFetchTheRealFileAndIngestEveryRecord() {
        assertThat(realFileRun.status()).isEqualTo("SUCCEEDED");
        assertThat(realFileRun.sourceRef()).isEqualTo("miskin-2002-2020.csv");
        assertThat(realFileRun.counts()).isEqualTo(new Counts(513, 513, 0, 0, 0));
        assertThat(realFileRun.counts().reconcile()).isTrue();
        assertThat(api().record(PIPELINE, "3201:2002")
                        .path("jumlah_penduduk_miskin")
                        .asLong())
                .isEqualTo(451_300L);
        JsonNode remote = api().pipeline(PIPELINE).path("details").path("remote");
        assertThat(remote.path("location").asText()).isEqualTo("sftp://opd@localhost:" + server.port() + "/outgoing");
        assertThat(remote.path("files_found").asInt()).isPositive();
        assertThat(agency.resolve("outgoing/miskin-2002-2020.csv")).exists(); // kept: agency files stay
    }

    @Test
    void shouldIngestANewFileWhenItAppears() throws IOException {
        PipelineRun run = publishAndAwaitRun("miskin-revisi.csv", JabarPovertyFile.withValue("3201", 2002, "451.4"));

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.counts()).isEqualTo(new Counts(513, 1, 512, 0, 0));
        assertThat(api().record(PIPELINE, "3201:2002")
                        .path("jumlah_penduduk_miskin")
                        .asLong())
                .isEqualTo(451_400L);
    }

    @Test
    void shouldNotApplyAFileTwice() throws IOException {
        long runsBefore = api().lastRunId(PIPELINE);
        Instant listedBefore = awaitListingAfter(Instant.EPOCH);
        awaitListingAfter(awaitListingAfter(listedBefore)); // two more listings of the unchanged files
        assertThat(api().lastRunId(PIPELINE)).isEqualTo(runsBefore);

        long changesBefore = changes();
        PipelineRun copy = publishAndAwaitRun("miskin-salinan.csv", Files.readAllBytes(JabarPovertyFile.path()));

        assertThat(copy.status()).isEqualTo("DUPLICATE");
        assertThat(copy.counts().stored()).isZero();
        assertThat(changes()).isEqualTo(changesBefore);
    }

    @Test
    void shouldFailAtOnceOnAWrongPasswordAndSayWhere() {
        JsonNode pipeline = api().awaitPipelineState(BAD_PASSWORD, "FAILED");

        assertThat(pipeline.path("message").asText())
                .contains("sftp://opd@localhost:" + server.port(), "refused the login of opd");
        assertThat(pipeline.toString()).doesNotContain("bukan-ini");
        assertThat(pipeline.path("runs")).isEmpty();
        HubApi.Response health = api().get("/actuator/health");
        JsonNode details = health.body().path("components").path("pipelines").path("details");
        assertThat(details.path(BAD_PASSWORD).path("state").asText()).isEqualTo("FAILED");
    }

    @Test
    void shouldStayDegradedWhileTheServerIsDownThenRecover() throws IOException {
        server.stop();
        try {
            // the first failure may be a login the stop cut short; the next ones cannot connect at all
            JsonNode degraded = api().awaitPipeline(
                            PIPELINE,
                            "DEGRADED, server unreachable",
                            pipeline -> pipeline.path("state").asText().equals("DEGRADED")
                                    && pipeline.path("message").asText().contains("cannot reach"));
            assertThat(degraded.path("message").asText())
                    .contains("cannot reach sftp://opd@localhost:" + server.port(), "retrying in");
            assertThat(degraded.path("details").path("remote").path("location").asText())
                    .endsWith("/outgoing");
        } finally {
            server.restart();
        }

        api().awaitPipelineState(PIPELINE, "RUNNING");
        PipelineRun run =
                publishAndAwaitRun("miskin-setelah-gangguan.csv", JabarPovertyFile.withValue("3273", 2020, "88.1"));
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.counts().reconcile()).isTrue();
        assertThat(api().record(PIPELINE, "3273:2020")
                        .path("jumlah_penduduk_miskin")
                        .asLong())
                .isEqualTo(88_100L);
    }

    @Test
    void shouldStartAgainWhenItsDeclarationIsReplacedAfterTheSecretIsCorrected() throws IOException {
        api().awaitPipelineState(PASSWORD_CHANGED, "FAILED");
        Files.writeString(config.resolve("secrets/" + PASSWORD_CHANGED + "-password"), PASSWORD + "\n");

        String declaration = Files.readString(config.resolve("pipelines/" + PASSWORD_CHANGED + ".yaml"));
        assertThat(api().send("PUT", "/api/v1/pipelines/" + PASSWORD_CHANGED, "application/yaml", declaration)
                        .status())
                .isEqualTo(200);

        PipelineRun run = await("a run of the corrected pipeline")
                .atMost(WAIT)
                .until(
                        () -> api().runs(PASSWORD_CHANGED).stream()
                                .filter(r -> r.sourceRef().equals("miskin-2002-2020.csv"))
                                .filter(r -> r.status().equals("SUCCEEDED"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(run.counts().stored()).isEqualTo(513);
        assertThat(api().pipeline(PASSWORD_CHANGED).path("state").asText()).isEqualTo("RUNNING");
    }

    @Test
    void shouldFetchWhenAskedToRunAndRefuseToRunWhilePaused() throws IOException {
        long lastRun = api().lastRunId(HOURLY);
        Path uploading = agency.resolve("hourly/.miskin-per-jam.csv");
        Files.write(uploading, Files.readAllBytes(JabarPovertyFile.path()));
        Files.move(uploading, agency.resolve("hourly/miskin-per-jam.csv"), StandardCopyOption.ATOMIC_MOVE);

        assertThat(api().post("/api/v1/pipelines/" + HOURLY + "/pause", null, null)
                        .body()
                        .path("state")
                        .asText())
                .isEqualTo("PAUSED");
        assertThat(api().post("/api/v1/pipelines/" + HOURLY + "/run", null, null)
                        .status())
                .isEqualTo(409);
        api().post("/api/v1/pipelines/" + HOURLY + "/resume", null, null);
        assertThat(api().post("/api/v1/pipelines/" + HOURLY + "/run", null, null)
                        .status())
                .isEqualTo(202);

        PipelineRun run = api().awaitRunAfter(HOURLY, lastRun);
        assertThat(run.sourceRef()).isEqualTo("miskin-per-jam.csv");
        assertThat(run.counts()).isEqualTo(new Counts(513, 513, 0, 0, 0));
    }

    /** Uploads as an agency does (a dot-name, then a rename) and waits for the run the file starts. */
    private PipelineRun publishAndAwaitRun(String name, byte[] content) throws IOException {
        long lastRun = api().lastRunId(PIPELINE);
        Path uploading = agency.resolve("outgoing/." + name);
        Files.write(uploading, content);
        Files.move(uploading, agency.resolve("outgoing/" + name), StandardCopyOption.ATOMIC_MOVE);
        return api().awaitRunAfter(PIPELINE, lastRun);
    }

    private Instant awaitListingAfter(Instant after) {
        return await("a listing of " + PIPELINE + " after " + after)
                .atMost(WAIT)
                .until(
                        () -> {
                            String listedAt = api().pipeline(PIPELINE)
                                    .path("details")
                                    .path("remote")
                                    .path("listed_at")
                                    .asText();
                            return listedAt.isEmpty() ? Instant.EPOCH : Instant.parse(listedAt);
                        },
                        listedAt -> listedAt.isAfter(after));
    }

    private long changes() {
        return api().dataset(PIPELINE).path("counts").path("changes").asLong();
    }
}
