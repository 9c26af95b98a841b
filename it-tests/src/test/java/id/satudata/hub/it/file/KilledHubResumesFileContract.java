package id.satudata.hub.it.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.GeneratedRows;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.HubProcess;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.TestPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub killed ({@code SIGKILL}) in the middle of a large file, then started again on the same data: the file
 * resumes after its last committed row, every row is stored once, and the change log holds each record once.
 */
abstract class KilledHubResumesFileContract {

    private static final String PIPELINE = "bench-load-csv";
    private static final String DATASET = "bench-load";
    private static final int ROWS = 150_000;

    @TempDir
    Path dataDir;

    /** The database both hubs run on; kept between them, and removed by the subclass after the test. */
    abstract HubDatabase database();

    /**
     * Whether a batch the API showed as committed survives a kill that follows at once: PostgreSQL's commits are
     * durable; the embedded H2 writes them to its file just after, so a kill may take the last batches, and their
     * position, with it: they are then read again, never applied twice.
     */
    abstract boolean commitsSurviveAKill();

    @Test
    void shouldResumeAfterTheLastCommittedRowWithoutLosingOrRepeatingAChange() {
        long committedBeforeKill;
        try (HubProcess hub = HubProcess.start(dataDir, TestPaths.benchConfig(), database(), "hub-1.log")) {
            hub.files(PIPELINE).drop(GeneratedRows.csv(ROWS, "NAMA WILAYAH"), "rows.csv");
            committedBeforeKill = await("a committed batch, with the file not finished")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> committedRows(hub.api().pipeline(PIPELINE)), rows -> rows > 0);
            hub.kill();
        }
        assertThat(committedBeforeKill).isLessThan(ROWS);

        try (HubProcess hub = HubProcess.start(dataDir, TestPaths.benchConfig(), database(), "hub-2.log")) {
            List<PipelineRun> runs = await("the file finished after the restart")
                    .atMost(Duration.ofSeconds(120))
                    .until(
                            () -> hub.api().runs(PIPELINE),
                            all -> all.size() == 2 && all.get(0).finished());

            PipelineRun resumed = runs.get(0);
            PipelineRun killed = runs.get(1);
            assertThat(killed.status()).isEqualTo("FAILED");
            assertThat(resumed.status()).isEqualTo("SUCCEEDED");
            assertThat(killed.counts().read() + resumed.counts().read()).isEqualTo(ROWS);
            assertThat(killed.counts().stored() + resumed.counts().stored()).isEqualTo(ROWS);
            if (commitsSurviveAKill()) {
                assertThat(killed.counts().read()).isGreaterThanOrEqualTo(committedBeforeKill);
            }
            assertThat(resumed.counts().read()).isEqualTo(ROWS - killed.counts().read());
            JsonNode counts = hub.api().dataset(DATASET).path("counts");
            assertThat(counts.path("records").asLong()).isEqualTo(ROWS);
            assertThat(counts.path("changes").asLong())
                    .as("one change per record")
                    .isEqualTo(ROWS);
            assertThat(hub.api()
                            .record(DATASET, String.valueOf(ROWS))
                            .path("nama")
                            .asText())
                    .isEqualTo("NAMA WILAYAH " + ROWS);
        }
    }

    /** Rows of a file whose run has committed batches but has not finished, else 0. */
    private static long committedRows(JsonNode pipeline) {
        JsonNode runs = pipeline.path("runs");
        String position = pipeline.path("position").path("value").asText("");
        if (runs.isEmpty() || !"RUNNING".equals(runs.get(0).path("status").asText()) || !position.contains("@")) {
            return 0;
        }
        return Long.parseLong(position.substring(position.lastIndexOf('@') + 1));
    }
}
