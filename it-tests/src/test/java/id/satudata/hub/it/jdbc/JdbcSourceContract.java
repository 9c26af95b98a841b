package id.satudata.hub.it.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.it.support.SourceDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A source database's tables through jdbc pipelines of the running hub: a snapshot that also deletes what
 * disappeared, an own query, incremental reads, and the proof that incremental reads miss no row committed out of
 * order while its transaction is shorter than the safety lag. Subclasses pick the source and the hub's store.
 */
abstract class JdbcSourceContract extends RunningHubTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private SourceDatabase source;

    /** The source database, created once before the hub starts. */
    abstract SourceDatabase openSource();

    /** The ops of the dataset's change log in sequence order, as its change feed shows them. */
    private List<String> changeOps(String datasetId) {
        List<String> ops = new java.util.ArrayList<>();
        api().getOk("/api/v1/datasets/" + datasetId + "/changes?after=0&limit=1000")
                .path("changes")
                .forEach(change -> ops.add(change.path("op").asText()));
        return ops;
    }

    @Override
    protected Path configDir(Path dataDir) {
        source = openSource();
        source.execute(
                JdbcConfig.table(source, "snap"),
                JdbcConfig.table(source, "incr"),
                JdbcConfig.table(source, "ooo"),
                "insert into snap values (1, 'SATU', 10, null), (2, 'DUA', 20, null), (3, 'TIGA', 30, null),"
                        + " (4, 'EMPAT', 40, null), (5, 'LIMA', 50, null)",
                "insert into incr values (1, 'SATU', 1, " + source.secondsAgo(60) + "), (2, 'DUA', 2, "
                        + source.secondsAgo(50) + ")");
        return new JdbcConfig(dataDir.resolve("config"))
                .pipeline("opd-snapshot", source.url(), "mode", "snapshot", "table", "snap", "key-columns", "id")
                .pipeline(
                        "opd-query",
                        source.url(),
                        "mode",
                        "query",
                        "query",
                        "select id, nama, jumlah * 1000 as jumlah, diubah from snap where jumlah >= 30",
                        "key-columns",
                        "id")
                .pipeline(
                        "opd-incremental",
                        source.url(),
                        "mode",
                        "incremental",
                        "table",
                        "incr",
                        "key-columns",
                        "id",
                        "timestamp-column",
                        "diubah",
                        "safety-lag",
                        "1s")
                .pipeline("opd-no-lag", source.url(), incrementalOoo("0s"))
                .pipeline("opd-lag", source.url(), incrementalOoo("3s"))
                .dir();
    }

    private static String[] incrementalOoo(String lag) {
        return new String[] {
            "mode", "incremental", "table", "ooo", "key-columns", "id", "timestamp-column", "diubah", "safety-lag", lag
        };
    }

    @AfterAll
    void dropSource() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void shouldSnapshotTheTableThenDeleteRowsThatDisappearedAndLogThemAsDeletes() {
        awaitRecords("opd-snapshot", 5);
        long changesBefore = counts("opd-snapshot").path("changes").asLong();

        source.execute("delete from snap where id in (2, 4)", "update snap set nama = 'TIGA BARU' where id = 3");

        awaitRecords("opd-snapshot", 3);
        PipelineRun run = await("the snapshot run that saw the deletes")
                .atMost(WAIT)
                .until(
                        () -> api().runs("opd-snapshot").stream()
                                .filter(r -> r.counts().deleted() > 0)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.counts().deleted()).isEqualTo(2);
        assertThat(run.counts().reconcile()).isTrue();
        assertThat(run.message()).contains("2 rows that disappeared from the source deleted");
        assertThat(api().get("/api/v1/datasets/opd-snapshot/records/2").status())
                .isEqualTo(404);
        assertThat(api().record("opd-snapshot", "3").path("nama").asText()).isEqualTo("TIGA BARU");
        await().atMost(WAIT).until(() -> counts("opd-snapshot").path("changes").asLong() == changesBefore + 3);
        assertThat(changeOps("opd-snapshot")).containsExactly("c", "c", "c", "c", "c", "u", "d", "d");
    }

    @Test
    void shouldReadOwnQueryWhole() {
        awaitRecords("opd-query", 3);

        assertThat(api().record("opd-query", "5").path("jumlah").asLong()).isEqualTo(50_000);
        assertThat(api().pipeline("opd-query").path("state").asText()).isEqualTo("RUNNING");
    }

    @Test
    void shouldReadNewAndChangedRowsAfterTheWatermarkOnce() {
        awaitRecords("opd-incremental", 2);

        // two source transactions: the update's timestamp comes after the insert's
        source.execute("insert into incr values (3, 'TIGA', 3, " + source.secondsAgo(0) + ")");
        source.execute("update incr set jumlah = 22, diubah = " + source.secondsAgo(0) + " where id = 2");

        await().atMost(WAIT)
                .until(() -> api().record("opd-incremental", "2").path("jumlah").asLong() == 22);
        awaitRecords("opd-incremental", 3);
        List<PipelineRun> runs = api().runs("opd-incremental");
        assertThat(runs).allSatisfy(run -> assertThat(run.status()).isEqualTo("SUCCEEDED"));
        assertThat(runs.stream().mapToLong(run -> run.counts().read()).sum())
                .as("each of the 2 rows, then the new and the changed row, read once")
                .isEqualTo(4);
        JsonNode position = api().pipeline("opd-incremental").path("position");
        assertThat(position.path("value").asText()).startsWith("incremental:").endsWith(";I2");
    }

    @Test
    void shouldNotMissARowCommittedOutOfOrderWithinTheSafetyLagWhichNoLagMisses() throws Exception {
        try (Connection slow = source.connect()) {
            slow.setAutoCommit(false);
            insert(slow, 101); // its timestamp is now; the transaction stays open
            // a transaction begun later: its timestamp is later than 101's
            source.execute("insert into ooo values (102, 'LATER', 1, " + source.secondsAgo(0) + ")");
            // read without lag while 101 is still uncommitted: its watermark moves past 101's timestamp
            await().atMost(WAIT).until(() -> has("opd-no-lag", 102));
            slow.commit();
        }

        await("both rows, once the lag has passed")
                .atMost(WAIT)
                .until(() -> has("opd-lag", 101) && has("opd-lag", 102));
        // a row committed after 101 and read by the pipeline without lag: it has polled since 101 committed
        source.execute("insert into ooo values (103, 'SESUDAH', 1, " + source.secondsAgo(0) + ")");
        await().atMost(WAIT).until(() -> has("opd-no-lag", 103));
        assertThat(has("opd-no-lag", 101)).as("the failure a lag prevents").isFalse();
    }

    @Test
    void shouldMissARowWhoseTransactionStaysOpenLongerThanTheSafetyLag() throws Exception {
        try (Connection slow = source.connect()) {
            slow.setAutoCommit(false);
            insert(slow, 201);
            source.execute("insert into ooo values (202, 'LATER', 1, " + source.secondsAgo(0) + ")");
            await().atMost(WAIT).until(() -> has("opd-lag", 202)); // 3 s of lag passed with 201 uncommitted
            slow.commit();
        }

        // a row committed after 201 and read by the lagged pipeline: it has polled past 201's commit
        source.execute("insert into ooo values (203, 'SESUDAH', 1, " + source.secondsAgo(0) + ")");
        await().atMost(WAIT).until(() -> has("opd-lag", 203));
        assertThat(has("opd-lag", 201))
                .as("the lag must be longer than the source's transactions")
                .isFalse();
    }

    private void insert(Connection connection, long id) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into ooo values (" + id + ", 'EARLIER', 1, " + source.secondsAgo(0) + ")");
        }
    }

    private boolean has(String datasetId, long id) {
        return api().get("/api/v1/datasets/" + datasetId + "/records/" + id).status() == 200;
    }

    private void awaitRecords(String datasetId, long count) {
        await(datasetId + " with " + count + " records")
                .atMost(WAIT)
                .until(() -> counts(datasetId).path("records").asLong() == count);
    }

    private JsonNode counts(String datasetId) {
        return api().dataset(datasetId).path("counts");
    }
}
