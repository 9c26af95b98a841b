package id.satudata.hub.it.file;

import static id.satudata.hub.it.file.PendudukMiskin.DATASET;
import static id.satudata.hub.it.file.PendudukMiskin.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.HubApi;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.PipelineRun.Counts;
import id.satudata.hub.it.support.RunningHubTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Open Data Jabar file through the pipeline {@code penduduk-miskin-jabar-csv}: the hub of this class
 * ingests it once before the tests and keeps what the API served then, so that the tests that drop other files
 * afterwards can run in any order. A subclass picks the database.
 */
abstract class FileIngestionContract extends RunningHubTest {

    private static final String REAL_FILE_NAME = "miskin-2002-2020.csv";

    private PipelineRun realFileRun;
    private List<JsonNode> servedAfterRealFile;
    private long recordCountAfterRealFile;

    @BeforeAll
    void ingestRealFile() {
        realFileRun = ingest(PIPELINE, JabarPovertyFile.path(), REAL_FILE_NAME);
        servedAfterRealFile = api().allRecords(DATASET);
        recordCountAfterRealFile =
                api().dataset(DATASET).path("counts").path("records").asLong();
    }

    @Test
    void shouldIngestRealJabarFileAndServeEveryRecord() {
        assertThat(realFileRun.status()).isEqualTo("SUCCEEDED");
        assertThat(realFileRun.counts()).isEqualTo(new Counts(513, 513, 0, 0, 0));

        List<JsonNode> served = servedAfterRealFile;
        assertThat(served).allSatisfy(record -> assertThat(record.path("_key").asText())
                .isEqualTo(PovertyRecord.fromApi(record).key()));
        assertThat(served.stream().map(PovertyRecord::fromApi))
                .hasSize(JabarPovertyFile.ROWS)
                .containsExactlyInAnyOrderElementsOf(JabarPovertyFile.expectedRecords());
        assertThat(served.stream()
                        .filter(record -> record.path("_key").asText().equals("3201:2002"))
                        .map(record -> record.path("jumlah_penduduk_miskin").asLong()))
                .containsExactly(451_300L);
        assertThat(recordCountAfterRealFile).isEqualTo(JabarPovertyFile.ROWS);
        assertThat(files(PIPELINE).awaitInDone(REAL_FILE_NAME)).hasSameBinaryContentAs(JabarPovertyFile.path());
    }

    @Test
    void shouldNotApplyTheSameFileTwice() {
        long changesBefore = changes();

        PipelineRun again = ingest(PIPELINE, JabarPovertyFile.path(), "miskin-salinan.csv");

        assertThat(again.status()).isEqualTo("DUPLICATE");
        assertThat(changes()).isEqualTo(changesBefore);
        files(PIPELINE).awaitInDone("miskin-salinan.csv");
    }

    @Test
    void shouldStoreOnlyTheChangedValueWhenTheFileIsDroppedModified() {
        long changesBefore = changes();

        PipelineRun run = ingest(PIPELINE, JabarPovertyFile.withValue("3201", 2002, "451.4"), "miskin-diubah.csv");

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.counts()).isEqualTo(new Counts(513, 1, 512, 0, 0));
        assertThat(jumlah("3201:2002")).isEqualTo(451_400L);
        assertThat(jumlah("3202:2002")).isEqualTo(362_200L);
        assertThat(changes()).isEqualTo(changesBefore + 1);
    }

    @Test
    void shouldReportPipelinesInHealthAndServeOpenApi() {
        HubApi.Response health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        JsonNode pipelines = health.body().path("components").path("pipelines");
        assertThat(pipelines.path("status").asText()).isEqualTo("UP");
        assertThat(pipelines.path("details").path(PIPELINE).path("state").asText())
                .isEqualTo("RUNNING");
        assertThat(pipelines.path("details").path(PIPELINE).path("dataset").asText())
                .isEqualTo(DATASET);

        JsonNode openApi = api().getOk("/v3/api-docs");
        assertThat(openApi.path("openapi").asText()).startsWith("3.");
        assertThat(openApi.path("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/datasets",
                        "/api/v1/datasets/{id}",
                        "/api/v1/datasets/{id}/records",
                        "/api/v1/datasets/{id}/records/{key}",
                        "/api/v1/datasets/{id}/quarantine",
                        "/api/v1/pipelines/{id}");
    }

    private long jumlah(String key) {
        return api().record(DATASET, key).path("jumlah_penduduk_miskin").asLong();
    }

    private long changes() {
        return api().dataset(DATASET).path("counts").path("changes").asLong();
    }
}
