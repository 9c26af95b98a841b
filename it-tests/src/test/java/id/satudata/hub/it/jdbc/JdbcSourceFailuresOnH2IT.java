package id.satudata.hub.it.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.HubApi;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.it.support.SourceDatabase;
import id.satudata.hub.it.support.TcpProxy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * How a jdbc pipeline fails: bad credentials and a missing table stop it at once as FAILED with the database's
 * reason, in the API and in health; a source that cannot be reached keeps it DEGRADED with the last error, retried
 * with backoff, until the source is back.
 */
class JdbcSourceFailuresOnH2IT extends RunningHubTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private SourceDatabase source;
    private TcpProxy proxy;

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }

    @Override
    protected Path configDir(Path dataDir) {
        source = SourceDatabase.postgres();
        source.execute(JdbcConfig.table(source, "snap"), "insert into snap values (1, 'SATU', 1, null)");
        proxy = new TcpProxy(source.port());
        Path config = dataDir.resolve("config");
        Path wrongPassword = JdbcConfig.writeSecret(config, "wrong-password", "bukan-ini");
        return new JdbcConfig(config)
                .pipeline(
                        "opd-bad-password",
                        source.url(),
                        "password",
                        "${file:" + wrongPassword.toAbsolutePath() + "}",
                        "mode",
                        "snapshot",
                        "table",
                        "snap",
                        "key-columns",
                        "id")
                .pipeline(
                        "opd-missing-table",
                        source.url(),
                        "mode",
                        "snapshot",
                        "table",
                        "tidak_ada",
                        "key-columns",
                        "id")
                .pipeline(
                        "opd-down",
                        source.urlOnPort(proxy.port()),
                        "mode",
                        "snapshot",
                        "table",
                        "snap",
                        "key-columns",
                        "id")
                .dir();
    }

    @AfterAll
    void closeSource() throws IOException {
        proxy.close();
        source.close();
    }

    @Test
    void shouldFailAtOnceOnBadCredentialsAndSayWhyInTheApiAndHealth() {
        JsonNode pipeline = awaitState("opd-bad-password", "FAILED");

        assertThat(pipeline.path("message").asText()).contains("password authentication failed", "28P01");
        assertThat(pipeline.toString()).doesNotContain("bukan-ini");
        HubApi.Response health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        JsonNode details = health.body().path("components").path("pipelines").path("details");
        assertThat(details.path("opd-bad-password").path("state").asText()).isEqualTo("FAILED");
        assertThat(details.path("opd-bad-password").path("message").asText()).contains("password authentication");
    }

    @Test
    void shouldFailAtOnceOnAMissingTable() {
        JsonNode pipeline = awaitState("opd-missing-table", "FAILED");

        assertThat(pipeline.path("message").asText()).contains("tidak_ada", "does not exist", "42P01");
        assertThat(pipeline.path("runs")).isEmpty();
    }

    @Test
    void shouldStayDegradedWithTheLastErrorWhileTheSourceIsDownThenRecover() throws IOException {
        JsonNode degraded = awaitState("opd-down", "DEGRADED");
        assertThat(degraded.path("message").asText()).contains("Connection", "retrying in");
        awaitState("opd-down", "DEGRADED"); // retried, still down: never FAILED

        proxy.open();

        awaitState("opd-down", "RUNNING");
        await().atMost(WAIT)
                .until(() ->
                        api().dataset("opd-down").path("counts").path("records").asLong() == 1);
    }

    private JsonNode awaitState(String pipelineId, String state) {
        return api().awaitPipelineState(pipelineId, state);
    }
}
