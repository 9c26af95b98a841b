package id.satudata.hub.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.jdbc.JdbcConfig;
import id.satudata.hub.it.support.HubApi;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.it.support.SourceDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/pipelines/{id}/run} on a jdbc pipeline polled hourly: declared through the API, it snapshots
 * its PostgreSQL source at once, and a run asked for copies a row inserted since, without waiting for the hour.
 */
class RunJdbcNowOnH2IT extends RunningHubTest {

    private static final String PIPELINE = "opd-hourly";

    private final SourceDatabase source = SourceDatabase.postgres();
    private JdbcConfig config;

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }

    @Override
    protected Path configDir(Path dataDir) {
        config = new JdbcConfig(dataDir.resolve("jdbc-config")).dataset(PIPELINE);
        return config.dir();
    }

    @AfterAll
    void dropSource() {
        source.close();
    }

    @Test
    void shouldPollAtOnceWhenAskedWhateverTheSchedule() {
        source.execute(
                JdbcConfig.table(source, "penduduk"),
                "insert into penduduk (id, nama, jumlah) values (1, 'Bandung', 10), (2, 'Bogor', 20)");
        HubApi.Response created = api().post("/api/v1/pipelines", "application/yaml", declaration());
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        PipelineRun first = api().awaitRunAfter(PIPELINE, 0);
        assertThat(first.counts().read()).isEqualTo(2);
        source.execute("insert into penduduk (id, nama, jumlah) values (3, 'Cirebon', 30)");

        HubApi.Response run = api().post("/api/v1/pipelines/" + PIPELINE + "/run", null, null);

        assertThat(run.status()).isEqualTo(202);
        PipelineRun second = api().awaitRunAfter(PIPELINE, first.id());
        assertThat(second.counts().read()).isEqualTo(3);
        assertThat(api().record(PIPELINE, "3").path("nama").asText()).isEqualTo("Cirebon");
        JsonNode progress = api().pipeline(PIPELINE).path("details").path("progress");
        assertThat(progress.path("run").asLong()).isEqualTo(second.id());
        assertThat(progress.path("rows_total").asLong())
                .as("counted before the snapshot")
                .isEqualTo(3);
        assertThat(progress.path("rows_read").asLong()).isEqualTo(3);
        assertThat(progress.path("done").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseToPauseOrRunAPipelineThatIsNotDeclared() {
        assertThat(api().post("/api/v1/pipelines/tidak-ada/run", null, null).status())
                .isEqualTo(404);
        assertThat(api().post("/api/v1/pipelines/tidak-ada/pause", null, null).status())
                .isEqualTo(404);
    }

    private String declaration() {
        return "id: " + PIPELINE + "\ndataset: " + PIPELINE + "\nsource:\n  kind: jdbc\n  url: \"" + source.url()
                + "\"\n  user: \"" + SourceDatabase.USER + "\"\n  password: \"" + config.passwordReference()
                + "\"\n  mode: snapshot\n  table: penduduk\n  key-columns: [id]\n"
                + "schedule:\n  poll-interval: 1h\nmapping:\n  nama: { source: nama, transforms: [trim] }\n";
    }
}
