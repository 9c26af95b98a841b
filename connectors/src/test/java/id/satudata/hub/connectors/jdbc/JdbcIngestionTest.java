package id.satudata.hub.connectors.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.FailureKind;
import id.satudata.hub.connectors.ingest.RecordingSink;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One poll at a time against an in-memory H2 source, into a sink that records batches and positions. */
class JdbcIngestionTest {

    private final String url = "jdbc:h2:mem:opd_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final RecordingSink sink = new RecordingSink();
    private Connection source;

    @BeforeEach
    void createSourceTable() throws SQLException {
        source = DriverManager.getConnection(url);
        execute("create table penduduk (id int primary key, nama varchar(50), diubah timestamp)");
        for (int id = 1; id <= 7; id++) {
            // ids 1..6 changed an hour ago, in reverse id order; id 7 just now, inside the safety lag
            String when = id == 7 ? "current_timestamp" : "dateadd(minute, -60 - " + id + ", current_timestamp)";
            execute("insert into penduduk values (" + id + ", 'NAMA " + id + "', " + when + ")");
        }
    }

    @AfterEach
    void dropSource() throws SQLException {
        execute("shutdown");
        source.close();
    }

    @Test
    void shouldSnapshotInKeyOrderBatchesThenSweep() {
        ingestion("snapshot", "batch-size", 3).run();

        assertThat(sink.rowValues("ID")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(sink.batches).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(sink.snapshotOfBatch).containsOnly(1L);
        assertThat(sink.sweeps).containsExactly("1 snapshot-done:1");
        assertThat(sink.runs)
                .containsEntry(1L, "SUCCEEDED snapshot 1: 0 rows that disappeared from the source deleted");
    }

    @Test
    void shouldResumeACutOffSnapshotAfterItsLastCommittedKey() {
        sink.position = "snapshot:5;I4";

        ingestion("snapshot").run();

        assertThat(sink.rowValues("ID")).containsExactly("5", "6", "7");
        assertThat(sink.snapshotOfBatch).containsOnly(5L);
        assertThat(sink.sweeps).containsExactly("5 snapshot-done:5");
    }

    @Test
    void shouldReadIncrementallyInTimestampOrderUpToTheLagAndStartNoRunWhenNothingIsNew() {
        JdbcIngestion ingestion = ingestion("incremental", "timestamp-column", "diubah", "safety-lag", "10m");

        ingestion.run();
        ingestion.run();

        assertThat(sink.rowValues("ID")).containsExactly("6", "5", "4", "3", "2", "1");
        assertThat(sink.runs).hasSize(1);
        assertThat(sink.position).startsWith("incremental:L").endsWith(";I1");
    }

    @Test
    void shouldFailPermanentlyWithTheDatabasesWordsOnAColumnTheSourceDoesNotHave() {
        assertThatThrownBy(() -> ingestion("snapshot", "key-columns", "kode").run())
                .isInstanceOf(JdbcSourceException.class)
                .hasMessageContaining("KODE")
                .hasMessageContaining("(SQL state 42")
                .satisfies(failure -> assertThat(new JdbcFailureClassifier().classify(failure))
                        .isEqualTo(FailureKind.PERMANENT));
        assertThat(sink.runs).isEmpty();
    }

    private JdbcIngestion ingestion(String mode, Object... more) {
        Object[] settings = new Object[more.length + 2];
        settings[0] = "url";
        settings[1] = url;
        System.arraycopy(more, 0, settings, 2, more.length);
        return new JdbcIngestion("p", JdbcSettingsFixture.settings(mode, settings), Secrets.of(Path.of(".")), sink);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = source.createStatement()) {
            statement.execute(sql);
        }
    }
}
