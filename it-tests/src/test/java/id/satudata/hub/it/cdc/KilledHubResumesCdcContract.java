package id.satudata.hub.it.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.satudata.hub.it.support.CdcConfig;
import id.satudata.hub.it.support.CdcSourceDatabase;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.HubProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub killed ({@code SIGKILL}) while 10,000 source changes stream in, then started again on the same store: the
 * stream resumes at the position committed with the last stored batch, so the store equals the source row for
 * row and the change log holds each source change exactly once.
 */
abstract class KilledHubResumesCdcContract {

    private static final int SNAPSHOT_ROWS = 200;
    private static final int TRANSACTIONS = 1_000;
    /** Each transaction: 6 inserts, 3 updates of snapshot rows, 1 delete of a row it inserted. */
    private static final int CHANGES = TRANSACTIONS * 10;

    @TempDir
    Path dataDir;

    @TempDir
    Path configDir;

    private CdcSourceDatabase source;
    private HubDatabase store;

    abstract CdcSourceDatabase.Kind kind();

    @AfterEach
    void dropDatabases() {
        if (store != null) {
            store.close();
        }
        if (source != null) {
            source.close();
        }
    }

    @Test
    void shouldResumeAfterTheLastStoredChangeWithoutLosingOrRepeatingOne() {
        source = CdcSourceDatabase.create(kind());
        store = HubDatabase.freshPostgres();
        List<String> snapshot = new ArrayList<>(List.of(CdcConfig.createTable(source)));
        for (int id = 1; id <= SNAPSHOT_ROWS; id++) {
            snapshot.add("insert into puskesmas values (" + id + ", 'P" + id + "', 0, null)");
        }
        source.execute(snapshot.toArray(String[]::new));
        CdcConfig.write(configDir, source, CdcSourceDatabase.USER, "");

        long changesAtKill;
        CompletableFuture<Void> writer;
        try (HubProcess hub = HubProcess.start(dataDir, configDir, store, "hub-1.log")) {
            await("the snapshot stored")
                    .atMost(Duration.ofSeconds(120))
                    .until(() -> CdcStore.changes(hub.api()) == SNAPSHOT_ROWS);
            writer = CompletableFuture.runAsync(this::writeChanges);
            changesAtKill = await("part of the stream stored")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> CdcStore.changes(hub.api()), changes -> changes > SNAPSHOT_ROWS + 500);
            hub.kill();
        }
        assertThat(changesAtKill).isLessThan(SNAPSHOT_ROWS + CHANGES);
        writer.join();

        try (HubProcess hub = HubProcess.start(dataDir, configDir, store, "hub-2.log")) {
            List<String> expected = CdcStore.sourceRows(source);
            await("the store equal to the source after the restart")
                    .atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(
                            () -> assertThat(CdcStore.storedRows(hub.api())).isEqualTo(expected));
            assertThat(CdcStore.changes(hub.api()))
                    .as("every snapshot row and source change in the change log exactly once")
                    .isEqualTo(SNAPSHOT_ROWS + CHANGES);
        }
    }

    private void writeChanges() {
        for (int k = 0; k < TRANSACTIONS; k++) {
            long first = 1_000 + 6L * k;
            List<String> statements = new ArrayList<>();
            for (long id = first; id < first + 6; id++) {
                statements.add("insert into puskesmas values (" + id + ", 'N" + id + "', " + k + ", null)");
            }
            for (int u = 0; u < 3; u++) {
                statements.add(
                        "update puskesmas set jumlah = jumlah + 1 where id = " + ((3 * k + u) % SNAPSHOT_ROWS + 1));
            }
            statements.add("delete from puskesmas where id = " + (first + 5));
            source.execute(statements.toArray(String[]::new));
        }
    }
}
