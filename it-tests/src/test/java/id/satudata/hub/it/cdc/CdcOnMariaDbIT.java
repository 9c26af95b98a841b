package id.satudata.hub.it.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.CdcConfig;
import id.satudata.hub.it.support.CdcSourceDatabase;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.RunningHub;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CDC pipeline on a MariaDB agency database (ROW binlog), the hub on its embedded H2 store, which also keeps the
 * engine's schema history: the existing rows are copied, then inserts, updates, deletes and a multi-row
 * transaction stream in; an account without replication privileges fails the pipeline at once, naming them.
 */
class CdcOnMariaDbIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @TempDir
    Path configDir;

    private final CdcSourceDatabase source = CdcSourceDatabase.create(CdcSourceDatabase.Kind.MARIADB);

    @AfterEach
    void dropDatabase() {
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
        try (RunningHub hub = RunningHub.start(dataDir, configDir, HubDatabase.embeddedH2())) {
            CdcStore.awaitEqualsSource(hub, source);

            CdcStore.changeEveryWay(source);
            CdcStore.awaitEqualsSource(hub, source);

            assertThat(CdcStore.changes(hub.api()))
                    .as("3 snapshot rows and 7 changes, each in the change log once")
                    .isEqualTo(10);
            JsonNode pipeline = hub.api().pipeline(CdcConfig.PIPELINE);
            assertThat(pipeline.path("state").asText()).isEqualTo("RUNNING");
            assertThat(pipeline.path("position").path("value").asText()).contains("\"file\"", "\"pos\"");
        }
    }

    @Test
    void shouldFailAtOnceNamingTheMissingReplicationPrivilegesAndTheirFix() {
        String user = source.name() + "_r";
        source.execute(
                "create user '" + user + "'@'127.0.0.1' identified by 'hub'",
                "create user '" + user + "'@'localhost' identified by 'hub'",
                "grant select on " + source.name() + ".* to '" + user + "'@'127.0.0.1'",
                "grant select on " + source.name() + ".* to '" + user + "'@'localhost'",
                CdcConfig.createTable(source));
        try {
            CdcConfig.write(configDir, source, user, "");
            try (RunningHub hub = RunningHub.start(dataDir, configDir, HubDatabase.embeddedH2())) {
                JsonNode pipeline = await("the pipeline failed")
                        .atMost(WAIT)
                        .until(() -> hub.api().pipeline(CdcConfig.PIPELINE), p -> "FAILED"
                                .equals(p.path("state").asText()));
                assertThat(pipeline.path("message").asText())
                        .contains("lacks SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, BINLOG MONITOR")
                        .contains("GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, BINLOG MONITOR ON *.*");
            }
        } finally {
            source.execute("drop user '" + user + "'@'127.0.0.1'", "drop user '" + user + "'@'localhost'");
        }
    }
}
