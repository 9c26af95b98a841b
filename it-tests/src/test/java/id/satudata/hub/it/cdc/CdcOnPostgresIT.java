package id.satudata.hub.it.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.CdcConfig;
import id.satudata.hub.it.support.CdcSourceDatabase;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.RunningHub;
import id.satudata.hub.it.support.TcpProxy;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CDC pipeline on a PostgreSQL agency database, the hub storing on PostgreSQL: the existing rows are copied, then
 * inserts, updates, deletes and multi-row transactions stream into the authoritative copy; a new column is reported;
 * a snapshot on demand runs while the stream goes on; removing the pipeline drops its slot and publication; a
 * pipeline declared through the API starts streaming without a restart of the hub.
 */
class CdcOnPostgresIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @TempDir
    Path configDir;

    private final CdcSourceDatabase source = CdcSourceDatabase.create(CdcSourceDatabase.Kind.POSTGRES);
    private final HubDatabase store = HubDatabase.freshPostgres();

    @AfterEach
    void dropDatabases() {
        store.close();
        source.close();
    }

    @Test
    void shouldCopyExistingRowsThenStreamInsertsUpdatesDeletesAndTransactions() {
        source.execute(
                CdcConfig.createTable(source),
                "insert into puskesmas values (1, 'PUSKESMAS  CIBATU', 12, '2001-02-03')",
                "insert into puskesmas values (2, 'PUSKESMAS GARUT KOTA', 30, null)",
                "insert into puskesmas values (3, 'PUSKESMAS TAROGONG', null, '1999-12-31')");
        CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "");
        try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
            CdcStore.awaitEqualsSource(hub, source);
            assertThat(hub.api().record("puskesmas", "1").path("nama").asText()).isEqualTo("PUSKESMAS CIBATU");

            CdcStore.changeEveryWay(source);
            CdcStore.awaitEqualsSource(hub, source);

            assertThat(CdcStore.changes(hub.api()))
                    .as("3 snapshot rows and 7 changes, each in the change log once")
                    .isEqualTo(10);
            JsonNode pipeline = hub.api().pipeline(CdcConfig.PIPELINE);
            assertThat(pipeline.path("state").asText()).isEqualTo("RUNNING");
            assertThat(pipeline.path("details").path("snapshot").path("rows").asLong())
                    .isEqualTo(3);
            assertThat(pipeline.path("position").path("value").asText()).contains("lsn");
        }
    }

    @Test
    void shouldStreamAPipelineDeclaredThroughTheApiWithoutRestartingTheHub() throws Exception {
        source.execute(CdcConfig.createTable(source), "insert into puskesmas values (1, 'PUSKESMAS CIBATU', 12, null)");
        Path declared = CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "")
                .resolve("pipelines/" + CdcConfig.PIPELINE + ".yaml");
        String declaration = java.nio.file.Files.readString(declared);
        java.nio.file.Files.delete(declared); // the hub starts with the dataset only
        try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
            assertThat(hub.api().get("/api/v1/pipelines/" + CdcConfig.PIPELINE).status())
                    .isEqualTo(404);

            assertThat(hub.api()
                            .post("/api/v1/pipelines", "application/yaml", declaration)
                            .status())
                    .isEqualTo(201);
            CdcStore.awaitEqualsSource(hub, source);
            source.execute("insert into puskesmas values (2, 'PUSKESMAS LELES', 7, '2010-01-01')");
            CdcStore.awaitEqualsSource(hub, source);

            assertThat(hub.api().pipeline(CdcConfig.PIPELINE).path("state").asText())
                    .isEqualTo("RUNNING");
            assertThat(declared).exists();
        }
    }

    @Test
    void shouldReportANewSourceColumnAndKeepStreamingWhileTheMappingConforms() {
        source.execute(CdcConfig.createTable(source), "insert into puskesmas values (1, 'A', 1, null)");
        CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "");
        try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
            CdcStore.awaitEqualsSource(hub, source);
            source.execute("alter table puskesmas add column kecamatan varchar(100)");
            source.execute("insert into puskesmas values (2, 'B', 2, null, 'LELES')");
            CdcStore.awaitEqualsSource(hub, source);

            JsonNode change =
                    hub.api().pipeline(CdcConfig.PIPELINE).path("details").path("upstream_change");
            assertThat(change.path("message").asText()).contains("public.puskesmas", "gained column(s) [kecamatan]");
        }
    }

    @Test
    void shouldSnapshotAgainOnDemandWithoutStoppingTheStream() {
        source.execute(
                CdcConfig.createTable(source),
                "insert into puskesmas select g, 'P' || g, g, null from generate_series(1, 50) g");
        CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "");
        try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
            CdcStore.awaitEqualsSource(hub, source);
            long readBefore = read(hub);

            assertThat(hub.api()
                            .post("/api/v1/pipelines/" + CdcConfig.PIPELINE + "/snapshot", null, null)
                            .status())
                    .isEqualTo(202);
            source.execute("insert into puskesmas values (51, 'P51', 51, null)");

            await("the 50 rows read again and the new one streamed")
                    .atMost(WAIT)
                    .until(() -> read(hub) >= readBefore + 51);
            CdcStore.awaitEqualsSource(hub, source);
            assertThat(CdcStore.changes(hub.api()))
                    .as("rows read again unchanged add no change")
                    .isEqualTo(51);
        }
    }

    @Test
    void shouldDropTheReplicationSlotAndPublicationWhenThePipelineIsRemoved() {
        source.execute(CdcConfig.createTable(source), "insert into puskesmas values (1, 'A', 1, null)");
        CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "");
        try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
            CdcStore.awaitEqualsSource(hub, source);
            assertThat(source.slotExists()).isTrue();

            assertThat(hub.api()
                            .send("DELETE", "/api/v1/pipelines/" + CdcConfig.PIPELINE, null, null)
                            .status())
                    .isEqualTo(204);

            assertThat(source.slotExists()).isFalse();
            assertThat(source.count("select count(*) from pg_publication where pubname = '" + source.slot() + "'"))
                    .isZero();
            assertThat(hub.api().get("/api/v1/pipelines/" + CdcConfig.PIPELINE).status())
                    .isEqualTo(404);
            assertThat(configDir.resolve("pipelines/puskesmas-cdc.yaml")).doesNotExist();
        }
    }

    @Test
    void shouldFailAtOnceNamingTheMissingReplicationPrivilegeAndItsFix() {
        String role = source.name() + "_reader";
        source.execute(
                CdcConfig.createTable(source),
                "create role " + role + " login password 'hub'",
                "grant select on puskesmas to " + role);
        try {
            CdcConfig.write(configDir, source, role, "");
            try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
                JsonNode pipeline = await("the pipeline failed")
                        .atMost(WAIT)
                        .until(() -> hub.api().pipeline(CdcConfig.PIPELINE), p -> "FAILED"
                                .equals(p.path("state").asText()));
                assertThat(pipeline.path("message").asText())
                        .contains("lacks the REPLICATION attribute", "ALTER ROLE " + role + " REPLICATION");
                assertThat(hub.api()
                                .get("/actuator/health")
                                .body()
                                .path("components")
                                .path("pipelines")
                                .path("status")
                                .asText())
                        .isEqualTo("DOWN");
            }
        } finally {
            source.execute("drop owned by " + role, "drop role " + role);
        }
    }

    private long read(RunningHub hub) {
        return hub.api().runs(CdcConfig.PIPELINE).stream()
                .mapToLong(run -> run.counts().read())
                .sum();
    }

    @Test
    void shouldShowDegradedWhileTheSourceCannotBeReachedThenCopyItOnceItIsBack() throws Exception {
        source.execute(CdcConfig.createTable(source), "insert into puskesmas values (1, 'PUSKESMAS CIBATU', 1, null)");
        try (TcpProxy proxy = new TcpProxy(5432)) {
            CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "port: " + proxy.port());
            try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
                await("the pipeline DEGRADED while its database refuses connections")
                        .atMost(WAIT)
                        .until(() -> "DEGRADED"
                                .equals(hub.api()
                                        .pipeline(CdcConfig.PIPELINE)
                                        .path("state")
                                        .asText()));
                assertThat(hub.api()
                                .pipeline(CdcConfig.PIPELINE)
                                .path("message")
                                .asText())
                        .isNotBlank();

                proxy.open();

                CdcStore.awaitEqualsSource(hub, source);
                await("the pipeline RUNNING again").atMost(WAIT).until(() -> "RUNNING"
                        .equals(hub.api()
                                .pipeline(CdcConfig.PIPELINE)
                                .path("state")
                                .asText()));
            }
        }
    }

    @Test
    void shouldAcknowledgeTheServersLogWhileTheCapturedTableIsIdle() {
        source.execute(CdcConfig.createTable(source), "insert into puskesmas values (1, 'A', 1, null)");
        CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "");
        try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
            CdcStore.awaitEqualsSource(hub, source);
            source.execute("create table lain (id int)", "insert into lain select generate_series(1, 10000)");
            String written =
                    source.rows("select pg_current_wal_lsn()::text").get(0).get(0);

            // only heartbeats can move the slot past changes of tables no pipeline reads
            await("the slot acknowledging the log past " + written)
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> source.count("select count(*) from pg_replication_slots where slot_name = '"
                                    + source.slot() + "' and confirmed_flush_lsn >= '" + written + "'::pg_lsn")
                            == 1);
        }
    }

    @Test
    void shouldQuarantineChangesThatNoLongerConformAfterAnUpstreamTypeChange() {
        source.execute(CdcConfig.createTable(source), "insert into puskesmas values (1, 'A', 1, null)");
        CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "");
        try (RunningHub hub = RunningHub.start(dataDir, configDir, store)) {
            CdcStore.awaitEqualsSource(hub, source);

            source.execute("alter table puskesmas alter column jumlah type text");
            source.execute("insert into puskesmas values (2, 'B', 'banyak', null)");

            await("the row quarantined")
                    .atMost(WAIT)
                    .until(() -> hub.api()
                                    .getOk("/api/v1/datasets/" + CdcConfig.DATASET + "/quarantine")
                                    .path("entries")
                                    .size()
                            == 1);
            JsonNode entry = hub.api()
                    .getOk("/api/v1/datasets/" + CdcConfig.DATASET + "/quarantine")
                    .path("entries")
                    .get(0);
            assertThat(entry.path("raw").path("jumlah").asText()).isEqualTo("banyak");
            assertThat(entry.path("violations").get(0).path("field").asText()).isEqualTo("jumlah");
            assertThat(hub.api()
                            .get("/api/v1/datasets/" + CdcConfig.DATASET + "/records/2")
                            .status())
                    .isEqualTo(404);
        }
    }
}
